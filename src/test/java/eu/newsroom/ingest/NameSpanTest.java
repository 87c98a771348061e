package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The span of a person's name: lower-case particles between a given name and a surname, hyphens joined to an
 * apostrophe or a particle, and where the name starts after an office's rank, party or place. The texts are invented
 * for these tests, one mechanism each.
 */
class NameSpanTest {

    @Test
    void aHyphenatedSurnameGoesOnOverAnApostrophe() {
        assertThat(speakers("pl", "„Musimy produkować szybciej” – powiedziała prezes spółki Dorota Wilczek-O'Hara."))
                .containsExactly("Dorota Wilczek-O'Hara");
    }

    @Test
    void aWelshPatronymicParticleJoinsTheName() {
        assertThat(speakers("en", "Commodore Gruffydd ap Rhys, head of the mine programme, warned that training takes time."))
                .containsExactly("Gruffydd ap Rhys");
    }

    @Test
    void aPairOfParticlesAfterAGivenNameJoinsTheSurnames() {
        assertThat(speakers("en", "Portuguese MEP Lucía de la Torre Benítez (S&D) voted against. \"Ports matter,\" "
                + "she said.")).containsExactly("Lucía de la Torre Benítez");
    }

    @Test
    void aPartyBeforeANameWithACapitalisedParticleIsNoPartOfIt() {
        assertThat(speakers("fr", "La députée Ecolo Karima El Ouazzani-Dumont a déclaré que le projet était opaque."))
                .containsExactly("Karima El Ouazzani-Dumont");
    }

    @Test
    void aDepartementAfterAnOfficeIsNoPartOfTheNameAfterIt() {
        assertThat(speakers("fr", "Le rapporteur, le sénateur du Morbihan Gwenaël Le Quéré (LR), a déclaré que la "
                + "réserve manquait de moyens.")).containsExactly("Gwenaël Le Quéré");
    }

    @Test
    void aDutchRankBeforeAGivenNameAndAParticleIsNoPartOfTheName() {
        assertThat(speakers("nl", "Luitenant-kolonel Marloes van Dijkhuizen-Smit, hoofd van het project, noemde het plan "
                + "'verstandig'.")).containsExactly("Marloes van Dijkhuizen-Smit");
    }

    /**
     * A rank that is also a common surname (Hauptmann, Kapitein, Commandeur) is not read as an office: after a given
     * name it cut the surname off and left the given name alone as the speaker.
     */
    @Test
    void aSurnameThatIsAlsoARankStaysPartOfTheName() {
        assertThat(speakers("de", "„Das Projekt ist zu teuer“, sagte der CDU-Abgeordnete Mark Hauptmann."))
                .containsExactly("Mark Hauptmann");
        assertThat(speakers("nl", "„Het plan is goed“, zei kamerlid Peter Kapitein.")).containsExactly("Peter Kapitein");
        assertThat(speakers("fr", "« Le plan est bon », a déclaré le député Jean Commandeur."))
                .containsExactly("Jean Commandeur");
    }

    @Test
    void aParticleAfterAHyphenJoinsTheSurnameAfterIt() {
        assertThat(speakers("nl", "Bewoner Gerrit Visser-van Dam vertelde dat zijn schuur al twee keer is beschadigd."))
                .containsExactly("Gerrit Visser-van Dam");
    }

    @Test
    void aPolishTownInTheGenitiveBeforeANameWithAParticleIsTheMayorsTown() {
        assertThat(speakers("pl", "We Wąchocku odbyło się spotkanie. Burmistrz Wąchocka Ewa de Lassota-Kmita "
                + "powiedziała, że gmina straci dochody.")).containsExactly("Ewa de Lassota-Kmita");
    }

    @Test
    void aSwissRankInApppositionIsNoPartOfTheName() {
        assertThat(speakers("de", "Der Chef Logistik, Divisionär Beat Imholz-Lauber, erklärte, man spare so Geld. "
                + "Laut Imholz-Lauber lässt sich so auch Lärm vermeiden."))
                .containsExactly("Beat Imholz-Lauber", "Beat Imholz-Lauber");
    }

    @Test
    void aBodysOwnNameWithACapitalisedParticleIsNoPerson() {
        assertThat(speakers("it", "Il sovrintendente della Fondazione Teatro La Fenice, Fortunato Ortombina, ha detto "
                + "che la stagione è salva.")).doesNotContain("Teatro La Fenice", "Fondazione Teatro La Fenice");
        assertThat(speakers("es", "«Faltan camas», dijo el jefe de servicio del Hospital Universitario La Princesa."))
                .doesNotContain("Universitario La Princesa", "Hospital Universitario La Princesa");
    }

    @Test
    void aPersonNamedOnlyInAPossessiveBeforeARoleIsNoSpeaker() {
        assertThat(speakers("en", "Outgoing NATO chief Jens Stoltenberg's spokeswoman Oana Lungescu said the alliance "
                + "would respond.")).allMatch(s -> s.equals("Oana Lungescu") || s.equals("-"));
    }
}
