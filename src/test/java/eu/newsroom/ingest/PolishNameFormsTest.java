package eu.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scorer's rule that a Polish name in one case is the same name in another. */
class PolishNameFormsTest {

    private static boolean same(String a, String b) {
        return PolishNameForms.sameName(ExtractionScore.words(a), ExtractionScore.words(b));
    }

    @Test
    void aNameInTheGenitiveOrInstrumentalIsTheNominative() {
        assertThat(same("Joanny Malec-Dębskiej", "Joanna Malec-Dębska")).isTrue();
        assertThat(same("Krzysztofa Lisieckiego-Barana", "Krzysztof Lisiecki-Baran")).isTrue();
        assertThat(same("Ołehem Tkaczenką", "Ołeh Tkaczenko")).isTrue();
        assertThat(same("Ewy Ter-Oganesjan", "Ewa Ter-Oganesjan")).isTrue();
    }

    @Test
    void anotherNameIsNot() {
        assertThat(same("Anna Nowak", "Anna Nowacka")).isFalse();
        assertThat(same("Piotr Nowak", "Paweł Nowak")).isFalse();
        assertThat(same("Jan Paweł Ostrowski-Grab", "Paweł Ostrowski-Grab")).isFalse();
    }
}
