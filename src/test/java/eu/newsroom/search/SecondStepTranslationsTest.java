package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A word's translations through its English ones ({@link Dictionaries#throughEnglish}) are less sure than its own: they
 * find items where any one of the words is enough (the relaxed window) and earn bonuses, but never count towards
 * "enough of the words", whose count decides whether a search is relaxed.
 */
@NewsroomTest
class SecondStepTranslationsTest {

    private static final List<String> WORDS = List.of("żołnierze", "amunicji", "Munition", "Soldaten", "municiones",
            "soldati", "militairen", "munitie", "Verteidigung", "défense", "difesa", "obrony", "defensa", "defensie",
            "Raketen", "misiles", "Grenze", "frontière", "granica");

    @Autowired
    IndexQueries indexQueries;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Dictionaries dictionaries;

    @Test
    void aTranslationThroughEnglishCountsInTheRelaxedWindowOnly() {
        dictionaries.awaitRebuild();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            // the first of these words of other languages than English that the dictionaries and the demo's texts
            // translate through English
            String word = null;
            List<TranslationLexicon.Translation> second = List.of();
            IndexQueries.Request request = null;
            String q = null;
            for (String candidate : WORDS) {
                q = candidate + " " + candidate;
                SearchParams params = SearchParams.of(q, null, null, null, null, null, 0, 20);
                request = indexQueries.open(Search.session(entityManager), params, Instant.now());
                second = request.translator(q).throughEnglish(candidate);
                if (!second.isEmpty()) {
                    word = candidate;
                    break;
                }
            }
            assertThat(word).as("a word with translations through English").isNotNull();
            assertThat(request.translations(q, false).of(word)).as("strict window").doesNotContainAnyElementsOf(second);
            assertThat(request.translations(q, true).of(word)).as("relaxed window").containsAnyElementsOf(second);
            assertThat(request.translator(q).withSecondStep().of(word)).as("bonus pass").containsAll(second);
        }
    }
}
