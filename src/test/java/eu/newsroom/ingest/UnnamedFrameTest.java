package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.statementsOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.ingest.Extraction.StatementProposal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words whose frame names no person: someone who withholds their name, an impersonal German "hieß es", and the staff
 * of an office ("le cabinet de la ministre"). None of them is the last person named, nor a place or the office's
 * holder. The people, places and bodies are invented for these tests.
 */
class UnnamedFrameTest {

    /** Each statement as "kind:speaker", "-" for none. */
    private static List<String> sources(String lang, String body) {
        return statementsOf(lang, body).stream()
                .map(s -> s.speaker() == null ? "-" : s.speakerKind() + ":" + s.speaker()).toList();
    }

    @Test
    void someoneWhoWithholdsTheirNameIsAnonymousAndSpeaksOnInTheNextSentence() {
        List<String> found = sources("es", "El alcalde, Julián Sotomayor, ha defendido el proyecto. Una vecina de la "
                + "calle Ancha, que prefirió no identificarse, ha contado que el ruido no la deja dormir. «Aquí no se "
                + "puede vivir», ha explicado.");
        assertThat(found).hasSize(3);
        assertThat(found.subList(1, 3)).allMatch(s -> s.startsWith("anonymous:Una vecina"));
    }

    @Test
    void thePlaceInTheDescriptionOfSomeoneUnnamedIsNotTheSpeaker() {
        assertThat(sources("es", "Un pescador de Puerto Llano, que no quiso dar su nombre, ha lamentado que nadie les "
                + "avisara.")).singleElement().asString().startsWith("anonymous:Un pescador de Puerto Llano");
    }

    @Test
    void aPolishSubjectWithoutArticleWhoAsksForAnonymityIsAnonymous() {
        assertThat(sources("pl", "Monter z hali numer dwa, który poprosił o anonimowość, powiedział, że zakład "
                + "pracuje na dwie zmiany.")).singleElement().asString().startsWith("anonymous:Monter z hali");
    }

    @Test
    void aDutchSubjectWhoWantsToStayAnonymousIsAnonymous() {
        assertThat(sources("nl", "Burgemeester Joost Vennegoor opende de loods. Een monteur van de werf die anoniem "
                + "wil blijven, zegt dat de ploegen te klein zijn.")).last().asString()
                .startsWith("anonymous:Een monteur");
    }

    @Test
    void anImpersonalHiessEsIsNotTheLastPersonNamed() {
        List<String> found = sources("de", "Der Abgeordnete Jonas Wetterlind nannte den Plan „teuer“. Dazu hieß es, "
                + "ein zweiter Plan werde im Herbst folgen.");
        assertThat(found).containsExactly("person:Jonas Wetterlind", "-");
    }

    @Test
    void circlesBeforeHiessEsAreAnAnonymousSource() {
        List<String> found = sources("de", "Der Abgeordnete Jonas Wetterlind nannte den Plan „teuer“. In "
                + "Regierungskreisen hieß es, ein zweiter Plan werde im Herbst folgen.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1)).startsWith("anonymous:");
    }

    @Test
    void aDocumentBeforeHeisstEsIsNoStatement() {
        assertThat(sources("de", "Der Abgeordnete Jonas Wetterlind nannte den Plan „teuer“. Im Bericht heißt es, die "
                + "Kosten würden steigen.")).containsExactly("person:Jonas Wetterlind");
    }

    @Test
    void theCabinetOfAMinisterIsNotTheMinister() {
        List<String> found = sources("fr", "« Nous voulons des drones », a déclaré la ministre Anne Lefranc. L'État "
                + "versera 30 millions d'euros à l'usine, a précisé le cabinet de la ministre.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1)).isEqualTo("institution:cabinet de la ministre");
    }

    @Test
    void theOfficeOfAMinisterIsNotTheMinisterInSpanish() {
        List<String> found = sources("es", "La ministra Ana Lefranco visitó la planta. El gabinete de la ministra ha "
                + "precisado que el Estado pagará 30 millones de euros.");
        assertThat(found).singleElement().asString().startsWith("institution:gabinete de la ministra");
    }
}
