package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The speaker's name in the form the text gives it at first mention (issue 18, round 6): three-part names kept whole,
 * a month's name as a first name, and Polish names in an oblique case brought back to the form the text named the
 * person in. The texts are written for these tests.
 */
class SpeakerNameFormsTest {

    @Test
    void threeNamesRightAfterAnOfficeAreOnePersonsName() {
        assertThat(speakers("en", "Danish defence minister Mikkel Aagaard Friis said the deal was ready. "
                + "\"We are moving fast,\" Aagaard Friis told reporters."))
                .containsExactly("Mikkel Aagaard Friis", "Mikkel Aagaard Friis");
        assertThat(speakers("de", "Der dänische Verteidigungsminister Mikkel Aagaard Friis sagte, der Vertrag sei fertig."))
                .containsExactly("Mikkel Aagaard Friis");
        assertThat(speakers("it", "Il ministro danese Mikkel Aagaard Friis ha detto che l'accordo è pronto."))
                .containsExactly("Mikkel Aagaard Friis");
    }

    @Test
    void aBodyBeforeTwoNamesIsStillNoName() {
        assertThat(speakers("en", "Minister for Defence Procurement Alistair Penrose said: \"This contract puts industry "
                + "at the heart of air defence.\"")).containsExactly("Alistair Penrose");
        // Polish puts the body in the genitive without a link word: no given name ends like "Kremla"
        assertThat(speakers("pl", "Rzecznik Kremla Dmitrij Pieskow powiedział, że Rosja odpowie."))
                .containsExactly("Dmitrij Pieskow");
        assertThat(speakers("pl", "Sołtys wsi Zabłudów Anna Kowalska powiedziała, że rolnicy czekają na pieniądze."))
                .containsExactly("Anna Kowalska");
    }

    @Test
    void aMonthsNameBeforeANameIsAFirstName() {
        assertThat(speakers("en", "\"This is a turning point,\" said Jan van der Berg, the Dutch state secretary for "
                + "defence.")).containsExactly("Jan van der Berg");
    }

    @Test
    void aPolishNameInAnotherCaseIsThePersonNamedBefore() {
        // "Tkaczenki" read back as "Tkaczenka": every word a case form of the name given first
        assertThat(speakers("pl", "Minister Ołeh Tkaczenko powiedział, że umowa jest gotowa. "
                + "Zdaniem Ołeha Tkaczenki dostawy ruszą w marcu."))
                .containsExactly("Ołeh Tkaczenko", "Ołeh Tkaczenko");
    }

    @Test
    void aPolishNameMetFirstInTheInstrumentalTakesTheSubjectsForm() {
        assertThat(speakers("pl", "Minister spotkał się z ukraińskim ministrem Ołehem Tkaczenką. "
                + "– Jesteśmy wdzięczni – powiedział Tkaczenko."))
                .containsExactly("Ołeh Tkaczenko");
    }

    @Test
    void aDescriptionWithAColonIsReportedSpeechAndItsSubjunctiveGoesOn() {
        assertThat(speakers("de", "Generalleutnant Peter Huber, Befehlshaber des Kommandos, schilderte die Lage: Ein Zug "
                + "nach Litauen brauche sechs Wochen. Schuld seien die Genehmigungen."))
                .containsExactly("Peter Huber", "Peter Huber");
    }

    @Test
    void aDefiniteOfficeRestatedWithAnotherWordIsTheParagraphsOnePerson() {
        assertThat(speakers("de", "Der Befehlshaber der Division, Brigadegeneral Jens Wolter, besuchte die Truppe. Die "
                + "Stimmung sei gut, sagte der Kommandeur.")).containsExactly("Jens Wolter");
        // two people in the paragraph: the office tells neither
        assertThat(speakers("de", "Brigadegeneral Jens Wolter traf Oberst Uwe Kranz. Die Stimmung sei gut, sagte der "
                + "Kommandeur.")).containsExactly("-");
    }
}
