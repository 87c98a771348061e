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
                + "is met elk perspectief\".")).isEmpty();
    }

    @Test
    void aBodyAfterOfIsThePersonsNotTheSpeaker() {
        assertThat(speakers("en", "Opposition MP Maarja Kivistik of the Centre Party said the government had not "
                + "explained how it would pay for the plan.")).containsExactly("Maarja Kivistik");
    }

    @Test
    void aTitledThreePartNameInATextOfUnknownLanguageDoesNotFail() {
        // the language check for a three-part name after an office threw on a null language
        assertThat(speakers(null, "Minister Anna Maria Berg said the new barracks would open in May."))
                .doesNotContain("Minister");
    }

    @Test
    void aPersonNamedInTheRelativeClauseOfAnUnnamedSubjectIsNotTheSpeakerInGerman() {
        assertThat(speakers("de", "Ein Beamter, der mit Ministerin Anna Berg gereist war, sagte, die Gespräche seien "
                + "schwierig gewesen.")).containsExactly("Ein Beamter");
    }

    @Test
    void aPersonNamedInTheRelativeClauseOfAnUnnamedSubjectIsNotTheSpeakerInEnglish() {
        // the person named in the relative clause had been the speaker
        assertThat(speakers("en", "A soldier who served with Defence Secretary John Halvorsen said the talks had been "
                + "difficult.")).doesNotContain("John Halvorsen");
    }

    @Test
    void anIndefiniteArticleInsideAQuotationIsNotAnUnnamedSpeaker() {
        assertThat(speakers("en", "'An officer never retreats,' said Gen. Tom Baker.")).containsExactly("Tom Baker");
    }

    @Test
    void aTimePhraseBeforeACommaIsNotPartOfAnEnglishCompoundSubject() {
        assertThat(speakers("en", "Defence Minister Lina Korhola visited the base. A week later, the minister said the "
                + "plan was ready.")).doesNotContain("A week later, the minister").isNotEmpty();
    }

    @Test
    void aListInsideTheDescriptionOfAnUnnamedSpokespersonDoesNotCloseIt() {
        // a comma closes the opening phrase, except one between the items of a list in it
        assertThat(speakers("de", "Eine Sprecherin des Landesamts für Bau, Umwelt und Logistik der Bundeswehr erklärte, "
                + "die Arbeiten begännen im Herbst.")).singleElement().asString()
                .startsWith("Eine Sprecherin des Landesamts für Bau, Umwelt und Logistik");
    }

    @Test
    void anAbbreviationInAnEnglishCompoundKeepsItsSpeakerAnonymous() {
        assertThat(speakers("en", "A U.S. official said Washington supported the plan but would not pay for it."))
                .containsExactly("A U.S. official");
    }

}
