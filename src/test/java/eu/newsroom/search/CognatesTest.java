package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spelling-alike words of other languages for a word the lexicon does not know ({@link Cognates}). */
class CognatesTest {

    private static VocabularyStore.Word word(String surface, int items) {
        return new VocabularyStore.Word(VocabularyStore.fold(surface), surface, items);
    }

    @Test
    void aWordFindsTheRareWordsOfTheTextsThatAreSpelledAlike() {
        List<VocabularyStore.Word> candidates = List.of(word("Munition", 3), word("munizioni", 2),
                word("municipal", 1), word("munitie", 2), word("Mund", 1));
        List<Cognates.Alike> alike = Cognates.alike(VocabularyStore.fold("munición"), candidates, 500);
        assertThat(alike).extracting(Cognates.Alike::surface).containsExactly("Munition", "munizioni");
        assertThat(alike.get(0).similarity()).isGreaterThan(alike.get(1).similarity());
    }

    @Test
    void commonShortAndIdenticalWordsAreNoCognates() {
        // "production" in 40 of 500 items is too common to stand for a rare word; "stat" too short; "munitie" three
        // edits from "municion"
        List<VocabularyStore.Word> candidates = List.of(word("production", 40), word("produccion", 1),
                word("states", 2));
        assertThat(Cognates.alike("produkcja", candidates, 500)).isEmpty();
        assertThat(Cognates.alike("produccion", candidates, 500)).isEmpty();
        assertThat(Cognates.alike("stat", candidates, 500)).isEmpty();
        assertThat(Cognates.alike("municion", List.of(word("munitie", 1)), 500)).isEmpty();
        assertThat(Cognates.alike("station", List.of(word("state", 1)), 500)).isEmpty();
    }

    @Test
    void aCognateIsSearchedInEveryLanguageUnlessItIsAnInflectionOfTheWord() {
        List<Cognates.Alike> alike = List.of(new Cognates.Alike("brigadas", "brigadas", 1, 0.875),
                new Cognates.Alike("Munition", "munition", 2, 0.875));
        List<TranslationLexicon.Translation> translations = Cognates.asTranslations("brigada", alike);
        // "brigadas" is the Spanish plural of the query word: the query finds it already
        assertThat(translations).extracting(TranslationLexicon.Translation::field).contains("text_de", "text_en");
        assertThat(translations).allSatisfy(t -> {
            assertThat(t.term()).startsWith("munit");
            assertThat(t.weight()).isLessThanOrEqualTo(0.875f * 0.875f);
        });
    }

    @Test
    void aCountryIsTranslatedByItsNamesInTheOtherLanguages() {
        assertThat(CountryNames.translations("Alemania")).extracting(TranslationLexicon.Translation::field)
                .contains("text_de", "text_pl", "text_nl", "text_fr");
        assertThat(CountryNames.translations("pologne")).anySatisfy(t -> {
            assertThat(t.field()).isEqualTo("text_pl");
            assertThat(t.term()).startsWith("polsk");
        });
        assertThat(CountryNames.translations("Verteidigung")).isEmpty();
    }
}
