package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Punctuation around a query's words and phrases is no part of them ({@link QueryPlan#bare}), without the
 * application: a question's last word is a compound, a date or a stop word like any other, a French " ?" is no word,
 * and the signs that mean something (a sign the reader typed, "|", a dash between two dates) keep their meaning.
 */
class QueryPunctuationTest {

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

    /** A dash is no word, but between two months it makes them one period; it is read with the dates, then dropped. */
    @Test
    void aDashBetweenTwoDatesIsAPeriod() {
        assertPeriod("Munition März – Mai 2024", "Munition", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
        assertPeriod("Treffen juillet — décembre 2025", "Treffen", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 12, 31));
        assertPeriod("Munition marzec – maj 2024", "Munition", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
        assertPeriod("Munition März - Mai 2024", "Munition", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
        // as the search reads it (the en dash is no syntax)
        QueryPlan parsed = QueryPlan.of(QueryText.parse("Munition März – Mai 2024").text());
        assertThat(parsed.dates()).singleElement().satisfies(d -> assertThat(d.from()).isEqualTo(LocalDate.of(2024, 3, 1)));
        // a dash between two words is no unit
        QueryPlan words = QueryPlan.of("Rafale – Eurofighter — Gripen");
        assertThat(words.counted()).containsExactly("Rafale", "Eurofighter", "Gripen");
        assertThat(words.sequence()).containsExactly("Rafale", "Eurofighter", "Gripen");
        assertThat(QueryPlan.of("drones | – Rafale").counted()).containsExactly("drones | Rafale");
    }

    private static void assertPeriod(String query, String word, LocalDate from, LocalDate to) {
        QueryPlan plan = QueryPlan.of(query);
        assertThat(plan.dates()).as(query).singleElement().satisfies(d -> {
            assertThat(d.from()).as(query).isEqualTo(from);
            assertThat(d.to()).as(query).isEqualTo(to);
        });
        assertThat(plan.counted()).as(query).containsExactly(word);
    }

    /** Punctuation around a quoted phrase is stripped as around a word: the phrase stays a phrase. */
    @Test
    void punctuationAroundAPhraseLeavesThePhrase() {
        assertThat(QueryPlan.bare("¿\"Kaja Kallas\"?")).isEqualTo("\"Kaja Kallas\"");
        QueryPlan spanish = QueryPlan.of("¿\"Kaja Kallas\"?");
        assertThat(spanish.required()).containsExactly("\"Kaja Kallas\"");
        assertThat(spanish.counted()).isEmpty();
        QueryPlan french = QueryPlan.of("systèmes «\"air defence\"» Pologne");
        assertThat(french.required()).containsExactly("\"air defence\"");
        assertThat(french.counted()).containsExactly("systèmes", "Pologne");
        assertThat(QueryPlan.of("+«\"air defence\"»").required()).containsExactly("\"air defence\"");
    }

    /** A "+" or "-" that only stripping uncovers was never typed as a sign; "|" is read after stripping. */
    @Test
    void aSignInsidePunctuationIsNoSyntax() {
        assertThat(QueryPlan.bare("«-Rafale»")).isEqualTo("Rafale");
        assertThat(QueryPlan.bare("(+Kallas)")).isEqualTo("Kallas");
        QueryPlan quoted = QueryPlan.of("«-Rafale» Kampfjet");
        assertThat(quoted.excluded()).isEmpty();
        assertThat(quoted.counted()).containsExactly("Rafale", "Kampfjet");
        assertThat(QueryPlan.of("drones |, Rafale").counted()).containsExactly("drones | Rafale");
    }

    /** A combining mark is part of its word, and the query is read composed (NFC), as the index has its words. */
    @Test
    void combiningMarksArePartOfTheWord() {
        String decomposed = "Ukraine\u0328";
        assertThat(QueryPlan.bare(decomposed + "?")).isEqualTo(decomposed);
        assertThat(QueryPlan.of(decomposed).counted()).containsExactly(decomposed);
        assertThat(QueryText.parse("pomoc dla " + decomposed).text()).isEqualTo("pomoc dla Ukrainę")
                .isEqualTo(Normalizer.normalize("pomoc dla " + decomposed, Normalizer.Form.NFC));
    }

    /** The word after "und" lends its last part without its punctuation; "bzw." keeps its dot. */
    @Test
    void theWordThatEndsACompoundCutShortIsReadWithoutItsPunctuation() {
        assertThat(QueryPlan.of("Luft- und Raketenabwehr?").counted()).containsExactly("Luftabwehr", "Raketenabwehr");
        assertThat(QueryPlan.of("Luft- bzw. Raketenabwehr").counted()).contains("Luftabwehr");
    }
}
