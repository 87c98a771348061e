package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 13 of issue 18: a Polish office names its body in the genitive right after it, without a preposition, and its
 * holder in the nominative, the office's own case. Case agreement tells the holder's name from the body's words. The
 * texts are invented, one mechanism each.
 */
class PolishOfficeComplementTest {

    @Test
    void aBodyInTheGenitiveWithItsPlaceStandsBetweenTheOfficeAndTheHolder() {
        assertThat(speakers("pl", "Dyrektor Wojewódzkiego Urzędu Pracy w Olsztynie Halina Brzezicka poinformowała, że "
                + "w regionie brakuje spawaczy.")).containsExactly("Halina Brzezicka");
    }

    @Test
    void anAcronymAfterALowerCaseAdjectiveIsTheBodyNotTheName() {
        assertThat(speakers("pl", "Zastępca sekretarza generalnego NATO Vesna Kranjčeva powiedziała, że sojusz wzmocni "
                + "wschodnią flankę.")).containsExactly("Vesna Kranjčeva");
    }

    @Test
    void aGenitiveRunAfterAnOpeningOfficeIsItsBodyAndTheRankedNameAfterTheCommaTheHolder() {
        assertThat(speakers("pl", "Dowódca Marynarki Wojennej, kontradmirał Bogdan Zawilski, powiedział, że okręty "
                + "trafią do floty w 2029 roku.")).containsExactly("Bogdan Zawilski");
    }

    @Test
    void aVoivodeshipsMarshalAndAVillageHeadAreOffices() {
        assertThat(speakers("pl", "Marszałek województwa lubuskiego Zdzisław Perkowicz podkreślił, że region liczy na "
                + "inwestycje. – Nie śpimy od roku – mówi sołtys wsi Genowefa Ryszkówna."))
                .containsExactly("Zdzisław Perkowicz", "Genowefa Ryszkówna");
    }

    @Test
    void aGenitiveNameAfterZdaniemAgreesWithItsOfficeAndKeepsItsMobileVowel() {
        assertThat(speakers("pl", "Zdaniem posła Lewicy Kacpra Mrówczyńskiego umowa przyszła za późno."))
                .containsExactly("Kacper Mrówczyński");
    }

    @Test
    void anOfficeAloneInAnotherCaseRefersToThePersonNamedWithIt() {
        assertThat(speakers("pl", "– Szkolimy ludzi sami – powiedział prezes spółki Wiesław Gądzikowski.\n\n"
                + "Według prezesa część pracowników przyjedzie z Portugalii."))
                .containsExactly("Wiesław Gądzikowski", "Wiesław Gądzikowski");
    }

    @Test
    void anAbbreviatedRankIsTheStartOfTheRankWrittenOutLater() {
        assertThat(speakers("pl", "Pełnomocnik ministra, gen. bryg. Zenon Kaczorowicz, zapewnił, że prace ruszą.\n\n"
                + "Według generała prace potrwają do 2028 roku."))
                .containsExactly("Zenon Kaczorowicz", "Zenon Kaczorowicz");
    }
}
