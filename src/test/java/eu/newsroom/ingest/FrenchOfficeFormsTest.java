package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An office written alone later refers back to the person named with it; the Polish case endings are no
 * French endings: "la députée" is not "le député", whatever the letters they share.
 */
class FrenchOfficeFormsTest {

    @Test
    void aFeminineOfficeRefersToTheWomanNotToTheManWithTheMasculineOffice() {
        assertThat(speakers("fr", "La députée écologiste Claire Dumas a réclamé un débat. Le député LR Jean Martin a "
                + "jugé le texte « équilibré ». La députée a ajouté que le vote serait serré."))
                .last().isEqualTo("Claire Dumas");
    }
}
