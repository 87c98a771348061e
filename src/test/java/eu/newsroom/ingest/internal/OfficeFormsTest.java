package eu.newsroom.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Polish office alone in another case is the earlier office's word, or the rank it abbreviates, with a case ending;
 * a longer word on the same letters is another word ("generalnej" is no form of "gen."), and other languages have no
 * such forms ("députée" is no form of "député").
 */
class OfficeFormsTest {

    @Test
    void anAbbreviatedRankMatchesOnlyTheRankItAbbreviatesInACase() {
        assertThat(OfficeForms.inflects("generala", "gen. bryg.", "pl")).isTrue();
        assertThat(OfficeForms.inflects("generalnej", "gen. bryg.", "pl")).isFalse();
        assertThat(OfficeForms.inflects("generala", "gen", "pl")).isFalse();
    }

    @Test
    void aWomansOfficeAndOtherLanguagesAreNoCaseForms() {
        assertThat(OfficeForms.inflects("prezesa", "prezes stoczni", "pl")).isTrue();
        assertThat(OfficeForms.inflects("prezeska", "prezes stoczni", "pl")).isFalse();
        assertThat(OfficeForms.inflects("deputee", "député LR", "fr")).isFalse();
    }

    @Test
    void anOfficeIsNamedByAWholeWordNotInsideAnother() {
        assertThat(OfficeForms.names("marszałek województwa zachodniopomorskiego", "morskiego", "pl")).isFalse();
        assertThat(OfficeForms.names("wojewoda morskiego okręgu", "morskiego", "pl")).isTrue();
        assertThat(OfficeForms.names("wiceminister obrony", "minist", "pl")).isTrue();
        assertThat(OfficeForms.names("la ministra de Defensa", "minist", "es")).isTrue();
        assertThat(OfficeForms.names("finnische Verteidigungsministerin", "minist", "de")).isTrue();
        assertThat(OfficeForms.names("the administrator", "minist", "en")).isFalse();
    }
}
