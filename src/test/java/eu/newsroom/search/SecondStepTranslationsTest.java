package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A word's translations through its English ones ({@link Dictionaries#throughEnglish}) are less sure than its own: they
 * find items where any one of the words is enough (the relaxed window) and earn bonuses, but never count towards
 * "enough of the words", whose count decides whether a search is relaxed.
 */
@NewsroomTest
class SecondStepTranslationsTest {

    @Autowired
    IndexQueries indexQueries;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ApplicationContext application;

    @Autowired
    VocabularyStore vocabulary;

    @Test
    void aTranslationThroughEnglishCountsInTheRelaxedWindowOnly() {
        // the lexicon, the word list and the dictionaries kept from it, built in the background, have read the demo
        SearchBackgroundBuilds.await(application);
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            // the first word of the public texts (in their order) that the dictionaries translate through English
            String word = null;
            List<TranslationLexicon.Translation> second = List.of();
            IndexQueries.Request request = null;
            String q = null;
            List<String> words = vocabulary.words().stream().map(VocabularyStore.Word::surface)
                    .filter(w -> w.length() >= 5 && w.chars().allMatch(Character::isLetter)).sorted().toList();
            for (String candidate : words) {
                // a second unit no dictionary has, so that the query is of two words
                q = candidate + " xyzzy";
                SearchParams params = SearchParams.of(q, null, null, null, null, null, 0, 20);
                request = indexQueries.open(Search.session(entityManager), params, Instant.now());
                second = request.translator(q).throughEnglish(candidate);
                if (!second.isEmpty()) {
                    word = candidate;
                    break;
                }
            }
            assertThat(word).as("a word with translations through English among %d", words.size()).isNotNull();
            // by field and term: capping and the best weight per term may weigh a translation differently
            List<Tuple> terms = keys(second);
            assertThat(keys(request.translations(q, false).of(word))).as("strict window")
                    .doesNotContainAnyElementsOf(terms);
            assertThat(keys(request.translations(q, true).of(word))).as("relaxed window").containsAnyElementsOf(terms);
            assertThat(keys(request.translator(q).withSecondStep().of(word))).as("bonus pass").containsAll(terms);
            // one word relaxed is a compound searched by its parts: no guess of a guess, the word typed twice included
            for (String one : List.of(word, word + " " + word)) {
                SearchParams params = SearchParams.of(one, null, null, null, null, null, 0, 20);
                assertThat(keys(indexQueries.open(Search.session(entityManager), params, Instant.now())
                        .translations(one, true).of(word))).as("one word, relaxed: %s", one)
                        .doesNotContainAnyElementsOf(terms);
            }
        }
    }

    private static List<Tuple> keys(List<TranslationLexicon.Translation> translations) {
        return translations.stream().map(t -> Tuple.tuple(t.field(), t.term())).toList();
    }
}
