package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, round 6: a query word whose own matches fill the window is searched without its translations that most
 * documents of their language hold (each a long posting list the window query walks, for documents that rank below
 * the word's own matches); its rarer translations, and all translations of a rarer word, are kept
 * ({@link TranslationCost}).
 */
@NewsroomTest
class TranslationCostTest {

    private static final TranslationLexicon.Translation DEFENCE = en("defenc", 0.8f);
    private static final TranslationLexicon.Translation PROTECTION = en("protect", 0.6f);
    private static final TranslationLexicon.Translation DEFENSE_FR = new TranslationLexicon.Translation("text_fr",
            "defens", 0.7f);
    private static final List<TranslationLexicon.Translation> ALL = List.of(DEFENCE, PROTECTION, DEFENSE_FR);
    private static final Map<TranslationLexicon.Translation, Double> SHARES = Map.of(DEFENCE, 0.4, PROTECTION, 0.01,
            DEFENSE_FR, 0.5);

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aWordWithEnoughMatchesOfItsOwnKeepsOnlyItsRarerTranslations() {
        assertThat(TranslationCost.affordable(ALL, 300, SHARES::get, 0.1, 300)).containsExactly(PROTECTION);
        assertThat(TranslationCost.affordable(ALL, 5000, SHARES::get, 0.45, 300)).as("a higher share")
                .containsExactly(DEFENCE, PROTECTION);
        assertThat(TranslationCost.affordable(ALL, 299, SHARES::get, 0.1, 300)).as("fewer own matches: all")
                .isEqualTo(ALL);
        assertThat(TranslationCost.affordable(ALL, 5000, SHARES::get, 1.0, 300)).as("no share is over the whole")
                .isEqualTo(ALL);
    }

    @Test
    void frequenciesAreReadFromTheIndex() {
        // the demo corpus is small: a word with 5 matches of its own counts as filling the window here
        TranslationCost cost = new TranslationCost(entityManagerFactory, Clock.systemUTC(), 0.1, 5);
        // "the" and "and" are in nearly every English text of the demo corpus, a made-up word in none
        var and = en("and", 0.8f);
        var none = en("zzqxnotaword", 0.5f);
        assertThat(cost.affordable("the", List.of(and, none), params("the", null, null, null)))
                .as("'the' has its matches").containsExactly(none);
        assertThat(cost.affordable("zzqxnotawordeither", List.of(and, none), params("zzqxnotawordeither", null,
                null, null))).as("a word no text has: all kept").containsExactly(and, none);
        assertThat(cost.affordable("the", List.of(), params("the", null, null, null))).isEmpty();
    }

    @Test
    void allAreKeptWhereTheWindowIsNotTheBestOfTheWholeIndex() {
        TranslationCost cost = new TranslationCost(entityManagerFactory, Clock.systemUTC(), 0.1, 5);
        var and = en("and", 0.8f);
        List<TranslationLexicon.Translation> both = List.of(and, en("zzqxnotaword", 0.5f));
        assertThat(cost.affordable("the", both, null)).as("whether an item matches (alerts)").isEqualTo(both);
        assertThat(cost.affordable("the", both, params("the", null, null, "date"))).as("newest first").isEqualTo(both);
        assertThat(cost.affordable("the", both, params("the", null, "statement", null))).as("one type")
                .isEqualTo(both);
        assertThat(cost.affordable("the", both, params("the", "de", null, null)))
                .as("German items only: 'the' has no matches of its own there").isEqualTo(both);
        assertThat(cost.affordable("the", both, params("the", "en", null, null))).as("English items only")
                .doesNotContain(and);
    }

    private static SearchParams params(String q, String lang, String type, String sort) {
        return SearchParams.of(q, lang, type, null, null, sort, 0, 20);
    }

    private static TranslationLexicon.Translation en(String term, float weight) {
        return new TranslationLexicon.Translation("text_en", term, weight);
    }
}
