package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 12 of issue 18: who the subject of a verb of saying is when the sentence opens with someone unnamed, and when
 * a body follows the person with "of". The texts are written for these tests (invented people and bodies).
 */
class UnnamedSpeakerTest {

    @Test
    void anUnnamedOfficerWhoOpensTheSentenceIsAnonymousNotWhomHeSpokeTo() {
        // "der Agentur Nordpress" (whom it was said to) had been the speaker
        assertThat(speakers("de", "Ein Offizier, der nicht genannt werden wollte, sagte der Agentur Nordpress, die "
                + "Unterkünfte seien zu klein.")).containsExactly("Ein Offizier");
    }

    @Test
    void aSpokespersonNamedByTheirBodyInAnEnglishCompoundIsAnonymous() {
        // "Ministry of Defence" had been the speaker
        assertThat(speakers("en", "A Ministry of Defence spokesperson said the contract included new social value "
                + "commitments.")).containsExactly("A Ministry of Defence spokesperson");
    }

    @Test
    void someoneUnnamedWeCannotReadIsNoSpeakerAndNotTheBodyInTheirDescription() {
        // "kamer in de kazerne woont" had been the speaker; the sentence is proposed without one or not at all
        assertThat(speakers("nl", "Een matroos die op een kamer in de kazerne woont, vertelde aan de krant dat hij \"blij "
                + "is met elk perspectief\".")).allMatch("-"::equals);
    }

    @Test
    void aBodyAfterOfIsThePersonsNotTheSpeaker() {
        assertThat(speakers("en", "Opposition MP Maarja Kivistik of the Centre Party said the government had not "
                + "explained how it would pay for the plan.")).containsExactly("Maarja Kivistik");
    }

}
