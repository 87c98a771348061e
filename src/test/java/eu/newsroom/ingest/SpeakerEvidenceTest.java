package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 11 of issue 18: a speaker the newsroom does not know is proposed only when the text itself gives evidence that
 * the words name a person (a wrong name is worse than none). The texts are written for these tests (invented people
 * and places), one mechanism each, each failing on the code before.
 */
class SpeakerEvidenceTest {

    @Test
    void aWordTheTextWritesAfterAPrepositionOfPlaceIsNoSpeaker() {
        // "Valdoria" had been the general's name ("il comandante militare della Valdoria, il generale …")
        assertThat(speakers("it", "Il campo di tiro resta aperto in Valdoria. A rispondere è stato il comandante militare "
                + "della Valdoria, il generale di brigata Osvaldo Pirisi. «Non possiamo promettere ciò che non sappiamo "
                + "fare», ha detto.")).noneMatch(speaker -> speaker.contains("Valdoria"));
    }

    @Test
    void aOneWordNameTheTextNeverWritesAfterAGivenNameOrAnOfficeIsNoPerson() {
        // "Changé" (a place the minister visited) had become the speaker of her words
        assertThat(speakers("fr", "En visite sur le site de Vernoux, la ministre des Armées, Claire Dombasle, a salué « une "
                + "filière nouvelle ». Selon elle, la France doit produire en masse des systèmes simples."))
                .noneMatch(speaker -> speaker.contains("Vernoux"));
    }

    @Test
    void aOneWordNameTheTextWritesOnlyWhereEveryWordIsCapitalisedIsNoPerson() {
        // "Armelec" opens its sentences only: nothing tells that it is a name, and it is a body's
        assertThat(speakers("fr", "Armelec, l'Office fédéral de l'électronique, précise que les premières unités "
                + "pourraient être livrées en 2029.")).noneMatch(speaker -> speaker.equals("Armelec"));
    }

    @Test
    void aNameNeedsAWordOfTwoLettersOrMore() {
        assertThat(speakers("en", "A senior U.S. official, speaking on condition of anonymity, said Washington supported "
                + "the decision.")).noneMatch(speaker -> speaker.equals("U."));
    }

    @Test
    void aOneWordSurnameOfSomeoneNamedInFullStaysTheirs() {
        assertThat(speakers("en", "Gethin Morlais, a Unite regional officer, said he welcomed the jobs. “We have seen "
                + "contracts come and go,” Morlais said.")).doesNotContain("-");
    }

    @Test
    void wordsTheTextWritesOnlyBeforeARankAndANameAreThatRanksBody() {
        // "Wojsk Lądowych" (the body's genitive) had been the lieutenant colonel's name
        assertThat(speakers("pl", "Rzecznik Dowództwa Generalnego Rodzajów Wojsk Lądowych ppłk Marian Ostrowski przyznał, "
                + "że w szczycie sezonu brakuje ludzi.")).noneMatch(speaker -> speaker.contains("Lądowych"));
    }
}
