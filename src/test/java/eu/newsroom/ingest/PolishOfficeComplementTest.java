package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Polish office names its body in the genitive right after it, without a preposition, and its
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
    @Test
    void aGenitiveNameAfterZdaniemStaysTheSpeakerWhatEverFollowsTheComma() {
        assertThat(speakers("pl", "Zdaniem posła Jana Nowaka, Ursula von der Leyen ustąpiła Niemcom."))
                .containsExactly("Jan Nowak");
    }

    @Test
    void aBodyNamedAfterAPersonIsNoHolder() {
        assertThat(speakers("pl", "Rektor Uniwersytetu Adama Mickiewicza powiedział, że uczelnia otworzy nowy "
                + "kierunek.")).noneMatch(s -> s.contains("Mickiewicz"));
        assertThat(speakers("pl", "Prezes Fundacji Lecha Wałęsy powiedział, że fundacja otworzy archiwum."))
                .noneMatch(s -> s.contains("Wałęs"));
    }

    @Test
    void aForeignSurnameInIchIsANominativeNameNotABody() {
        assertThat(speakers("pl", "Minister obrony narodowej Władysław Kosiniak-Kamysz spotkał się w Berlinie z "
                + "Niemcami. Wiceminister Ulrich Dietrich powiedział, że dostawy przyspieszą."))
                .last().isIn("Ulrich Dietrich", "-");
    }

    @Test
    void anAbbreviatedRankMatchesOnlyThatRankWrittenOut() {
        assertThat(speakers("pl", "– Dostawy są opóźnione – powiedział gen. bryg. Antoni Suchowolski.\n\n"
                + "Według dyrektor generalnej spółki kontrakt jest zagrożony."))
                .first().isEqualTo("Antoni Suchowolski");
        assertThat(speakers("pl", "– Dostawy są opóźnione – powiedział gen. bryg. Antoni Suchowolski.\n\n"
                + "Według dyrektor generalnej spółki kontrakt jest zagrożony."))
                .last().isNotEqualTo("Antoni Suchowolski");
    }

    @Test
    void aDeclinedRankIsAMansAndRefersBackInTheSameParagraph() {
        assertThat(speakers("pl", "Pełnomocnik wojewody ds. Odbudowy Mostów, gen. bryg. Zenon Kaczorowicz, zapewnił, "
                + "że prace ruszą. Według generała prace potrwają do 2028 roku."))
                .containsExactly("Zenon Kaczorowicz", "Zenon Kaczorowicz");
    }

    @Test
    void aDeputyIsNotTheOfficeHeDeputisesFor() {
        assertThat(speakers("pl", "Zastępca burmistrza Anna Nowak powiedziała, że remont potrwa rok.\n\n"
                + "Według burmistrza remont potrwa dwa lata.")).first().isEqualTo("Anna Nowak");
        assertThat(speakers("pl", "Zastępca burmistrza Anna Nowak powiedziała, że remont potrwa rok.\n\n"
                + "Według burmistrza remont potrwa dwa lata.")).last().isNotEqualTo("Anna Nowak");
    }

    @Test
    void theAdjectiveZastepczyIsNoDeputy() {
        assertThat(speakers("pl", "Rodzina zastępcza Jana Nowaka powiedziała, że dzieci są bezpieczne."))
                .noneMatch(s -> s.contains("Nowak"));
    }
}
