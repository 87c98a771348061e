package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, round 13, without the application: punctuation around a query's words is no part of them, so a question's
 * last word is a compound, a date or a stop word like any other, and a French " ?" is no word at all; the bonus pass
 * keeps a unit's translations by the share of the bonus they earn.
 */
class Round13QueryTest {

    @Test
    void punctuationAroundAWordIsNoPartOfIt() {
        assertThat(QueryPlan.bare("Sturmgewehre?")).isEqualTo("Sturmgewehre");
        assertThat(QueryPlan.bare("¿Qué")).isEqualTo("Qué");
        assertThat(QueryPlan.bare("«Rafale»,")).isEqualTo("Rafale");
        assertThat(QueryPlan.bare("?")).isEmpty();
        // signs that mean something stay: required, excluded, a compound cut short, signs within a word
        assertThat(QueryPlan.bare("+Kallas!")).isEqualTo("+Kallas");
        assertThat(QueryPlan.bare("-Russia,")).isEqualTo("-Russia");
        assertThat(QueryPlan.bare("Luft-")).isEqualTo("Luft-");
        assertThat(QueryPlan.bare("F-35?")).isEqualTo("F-35");
        assertThat(QueryPlan.bare("d'assalto")).isEqualTo("d'assalto");
        assertThat(QueryPlan.bare("|")).isEqualTo("|");
    }

    /** Before round 13 the question mark stayed on the word: no split, no stop word, no date, and "?" a unit. */
    @Test
    void aQuestionsWordsAreReadWithoutItsPunctuation() {
        QueryPlan german = QueryPlan.of("Welche Armeen bekommen neue Sturmgewehre?");
        assertThat(german.counted()).contains("Sturmgewehre");
        assertThat(QueryCompounds.parts(german.counted().get(german.counted().size() - 1))).isNotEmpty();
        // a French question: the "?" after a space is no unit that no item can have, so three of five words do
        QueryPlan french = QueryPlan.of("Qui développe des missiles européens à longue portée ?");
        assertThat(french.counted()).doesNotContain("?").hasSize(5);
        assertThat(french.enough()).isEqualTo(3);
        // "¿Qué" is the Spanish stop word "qué"
        QueryPlan spanish = QueryPlan.of("¿Qué hace Europa en el estrecho de Ormuz?");
        assertThat(spanish.stopWords()).contains("Qué");
        assertThat(spanish.counted()).contains("Ormuz").doesNotContain("¿Qué");
        // a year at the end of a question is a date
        assertThat(QueryPlan.of("Czy UE wyda więcej na obronność w 2026?").dates()).hasSize(1);
        assertThat(QueryPlan.of("Ukraine!").sequence()).isEqualTo(List.of("Ukraine"));
    }

    /**
     * The bonus pass keeps 3 translations of a unit per field: the best by their share of the bonus, so a translation
     * of the word itself (a dictionary's 0.6, the surest into its language, a share of 1) comes before spelling-alike
     * guesses of a higher weight (0.69, their own). Sorted by weight, as before round 13, three guesses filled the field
     * and the dictionary's "Europa" was left out.
     */
    @Test
    void theBonusKeepsTheWordsOwnTranslationBeforeGuessesOfAHigherWeight() {
        TranslationLexicon.Translation dictionary = new TranslationLexicon.Translation("text_de", "europa", 0.6f);
        List<TranslationLexicon.Translation> all = List.of(
                new TranslationLexicon.Translation("text_de", "europejskim", 0.69f),
                new TranslationLexicon.Translation("text_de", "europejski", 0.69f),
                new TranslationLexicon.Translation("text_de", "europejskiej", 0.69f), dictionary);
        Translations translations = new Translations() {
            @Override
            public List<TranslationLexicon.Translation> of(String word) {
                return all;
            }

            @Override
            public List<TranslationLexicon.Translation> direct(String word) {
                return List.of(dictionary);
            }
        };
        List<TranslationLexicon.Translation> kept = Matching.bonusTranslations("europejskich", translations);
        assertThat(kept).hasSize(3).first().isEqualTo(dictionary);
        assertThat(Matching.shares(all, List.of(dictionary))).containsEntry(dictionary, 1f);
    }
}
