package eu.newsroom.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Polish names back in the nominative from the oblique cases, and which forms no nominative has (issue 18, round 6). */
class PolishNamesTest {

    @Test
    void theGenitiveOfASurnameInKaIsTold() {
        // "według Magdaleny Sroki": a nominative in -ki is -ski, -cki or -dzki, so -ki here is the genitive of -ka
        assertThat(PolishNames.nominative("Magdaleny Sroki")).isEqualTo("Magdalena Sroka");
        assertThat(PolishNames.nominative("Jana Kowalskiego")).isEqualTo("Jan Kowalski");
        assertThat(PolishNames.nominative("Jan Nowicki")).isEqualTo("Jan Nowicki");
    }

    @Test
    void theInstrumentalAndTheDativeAreTold() {
        assertThat(PolishNames.nominative("Ołehem")).isEqualTo("Ołeh");
        assertThat(PolishNames.nominative("Anną Kowalską")).isEqualTo("Anna Kowalska");
        assertThat(PolishNames.nominative("Piotrem Nowakiem")).isEqualTo("Piotr Nowak");
        assertThat(PolishNames.nominative("Piotrowi Nowakowi")).isEqualTo("Piotr Nowak");
    }

    @Test
    void onlyEndingsNoNominativeHasMakeANameOblique() {
        assertThat(PolishNames.oblique("Ołehem Tkaczenką")).isTrue();
        assertThat(PolishNames.oblique("Piotrowi Nowakowi")).isTrue();
        assertThat(PolishNames.oblique("Jana Kowalskiego")).isTrue();
        // "Piotra" could be "Anna", "Anny" could be "Jerzy": no proof of a case
        assertThat(PolishNames.oblique("Piotra Mazura")).isFalse();
        assertThat(PolishNames.oblique("Ołeh Tkaczenko")).isFalse();
        assertThat(PolishNames.oblique("Jerzy Wiatrowski")).isFalse();
    }

    @Test
    void aMobileVowelDroppedInTheGenitiveIsPutBack() {
        // round 9: "Wróbla" is "Wróbel", not "Wróbl"; no Polish nominative ends in a consonant before -l, -ł, -c, -k
        assertThat(PolishNames.nominative("Jacka Wróbla")).isEqualTo("Jacek Wróbel");
        assertThat(PolishNames.nominative("Pawła Borowca")).isEqualTo("Paweł Borowiec");
        assertThat(PolishNames.nominative("Marka Kozła")).isEqualTo("Marek Kozioł");
        assertThat(PolishNames.nominative("Rafała Dudka")).isEqualTo("Rafał Dudek");
        assertThat(PolishNames.nominative("Tomasza Malca")).isEqualTo("Tomasz Malec");
        assertThat(PolishNames.nominative("Pawła Stępnia")).isEqualTo("Paweł Stępień");
        assertThat(PolishNames.nominative("Jerzego Antoniego")).isEqualTo("Jerzy Antoni");
        // a cluster a nominative has stays: Wilk / Wilka, Karl / Karla
        assertThat(PolishNames.nominative("Piotra Wilka")).isEqualTo("Piotr Wilk");
        assertThat(PolishNames.nominative("Karla Nowaka")).isEqualTo("Karl Nowak");
    }

    @Test
    void aForeignNameIsDeclinedByItsEndingOnlyWithNoMobileVowelPutIn() {
        // round 10 (review of round 9): "Roberta Habecka" had become "Robert Habecek"; ck, th, v, x are no Polish spelling
        assertThat(PolishNames.nominative("Roberta Habecka")).isEqualTo("Robert Habeck");
        assertThat(PolishNames.nominative("Olafa Becka")).isEqualTo("Olaf Beck");
        assertThat(PolishNames.nominative("Jacka Wróbla")).isEqualTo("Jacek Wróbel");
    }

    @Test
    void ckInAStemWithAPolishLetterIsAPolishNameWithItsMobileVowel() {
        // "Tomasza Więcka" had become "Więck": ck is foreign only in a stem that has no Polish letter
        assertThat(PolishNames.nominative("Tomasza Więcka")).isEqualTo("Tomasz Więcek");
        assertThat(PolishNames.nominative("Roberta Habecka")).isEqualTo("Robert Habeck");
    }
}
