package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a speaker's name begins and ends. What stands between an office and a person's name (a
 * party, a portfolio, a place, an acronym) and a particle after the name are no part of it. The texts are written for
 * these tests (invented people and places), one mechanism each; the guards keep names of three words that are names.
 */
class NameBoundaryTest {

    @Test
    void aParticleAtTheEndIsThePrepositionOfTheParty() {
        assertThat(speakers("de", "Der Bundestagsabgeordnete Holger Brandtner von der AfD nannte die Ansiedlung einen "
                + "„späten Sieg der Vernunft“.")).containsExactly("Holger Brandtner");
    }

    @Test
    void aWordBetweenAFrenchOfficeAndAFullNameIsTheOfficesParty() {
        assertThat(speakers("fr", "Dans l'opposition, le député Vertigo Lucien Vandamme estime que le gouvernement "
                + "agit sans débat.")).containsExactly("Lucien Vandamme");
    }

    @Test
    void aWordBetweenADutchOfficeAndANameThatTheTextAlsoWritesInLowerCaseIsThePortfolio() {
        assertThat(speakers("nl", "Wie in de stad wil wonen, wacht jaren. Wethouder Wonen Pieter Vermeulen zei dat de "
                + "eerste huizen in 2028 klaar zijn.")).containsExactly("Pieter Vermeulen");
    }

    @Test
    void aDutchNameOfThreeWordsStaysWhole() {
        assertThat(speakers("nl", "Kamerlid Kees Jan Hoogland zei dat de fractie de uitgaven steunt."))
                .containsExactly("Kees Jan Hoogland");
    }

    @Test
    void aPlaceTheTextNamesElsewhereIsTheMayorsTownNotHisGivenName() {
        assertThat(speakers("pl", "W Barczewie powstanie nowe osiedle. Burmistrz Barczewa Tadeusz Ostrowski-Maj "
                + "powiedział, że miasto czekało na to od lat.")).containsExactly("Tadeusz Ostrowski-Maj");
    }

    @Test
    void aPlaceAndAParticleBeforeANameAreTheOfficesProvince() {
        assertThat(speakers("nl", "Gedeputeerde Economie van Zuid-Veldland Yvonne Kortenhoeven-Bos zei dat de fabriek "
                + "in de regio blijft.")).containsExactly("Yvonne Kortenhoeven-Bos");
    }

    @Test
    void aRankThatOpensAPhraseMakesItAPersonNotABody() {
        assertThat(speakers("en", "Brigadier General Ilse Vanderlinden, who leads NATO's counter-drone task force, said "
                + "the alliance had learned a lot.")).containsExactly("Ilse Vanderlinden");
    }

    @Test
    void aPartysCompoundOnAnOfficeIsNoBody() {
        assertThat(speakers("de", "FDP-Nationalrat Urs Gasserli hielt dagegen: «Wer heute spart, zahlt morgen doppelt.»"))
                .containsExactly("Urs Gasserli");
    }

    @Test
    void aCapitalisedParticleBelongsToTheSurnameAfterIt() {
        assertThat(speakers("fr", "Le chef de la Défense, le général Michel De Smedt-Lambert, a expliqué que les unités "
                + "seraient prêtes en 2027.")).containsExactly("Michel De Smedt-Lambert");
    }

    @Test
    void aCouncilOnAnInternationalBodysAcronymIsNoOfficeOfThePersonBefore() {
        // "EU-Ministerrat" had been read as a party's councillor, so the minister named before was its speaker
        assertThat(speakers("de", "Außenministerin Anna Bergfeld kam nach Brüssel. Der EU-Ministerrat forderte, die "
                + "Waffenruhe einzuhalten.")).doesNotContain("Anna Bergfeld");
    }
}
