package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body or a place is no speaker unless the sentence makes it the subject: governed by a preposition in an
 * apposition ("now at a think tank in …", "speaking for the Directorate-General for …") it says where or for whom.
 * The texts are invented for these tests.
 */
class BodyAfterPrepositionTest {

    @Test
    void aPlaceAfterInInAnAppositionIsNoSpeaker() {
        assertThat(speakers("en", "Former NATO planner Jens van der Berg-Lind, now at a think tank in The Hague, "
                + "cautioned that the plan was late.")).doesNotContain("Hague", "The Hague", "NATO");
    }

    @Test
    void aBodyAfterForInAnAppositionLeavesThePersonBeforeIt() {
        assertThat(speakers("en", "Commission official Ines Vargo-Sandri, speaking for the Directorate-General for "
                + "Defence Industry and Space, said the call would open in March.")).containsExactly("Ines Vargo-Sandri");
    }
}
