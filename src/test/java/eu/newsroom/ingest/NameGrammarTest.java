package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a person's name begins and ends and what kind of party a phrase is: name particles as
 * a closed class, names with an apostrophe, three names in an apposition, Polish names in another case, firms named
 * with an ampersand, and a common noun for a company referring back. The texts are written for these tests
 * (invented people and firms), one mechanism each.
 */
class NameGrammarTest {

    @Test
    void aCapitalisedParticleInsideANameIsPartOfIt() {
        assertThat(speakers("it", "Il sottosegretario Marco Antonio Di Castro ha detto che i fondi arriveranno a maggio."))
                .containsExactly("Marco Antonio Di Castro");
        assertThat(speakers("en", "French MEP Gwenaëlle Le Floch said the vote would be close."))
                .containsExactly("Gwenaëlle Le Floch");
    }

    @Test
    void gaelicParticlesAndApostrophesJoinTheName() {
        assertThat(speakers("en", "Ireland's Minister for Defence, Cathal Ó Broin, said the corvettes were overdue."))
                .containsExactly("Cathal Ó Broin");
        assertThat(speakers("de", "„Wir brauchen Radar“, sagte der irische Marinechef Eoin O'Mahony-Reid."))
                .containsExactly("Eoin O'Mahony-Reid");
    }

    @Test
    void aSpanishOrItalianSurnameWithAParticleAfterTwoGivenNamesIsWhole() {
        assertThat(speakers("es", "El general Luis Miguel Ortega de Valdés afirmó que la brigada está preparada."))
                .containsExactly("Luis Miguel Ortega de Valdés");
        assertThat(speakers("es", "La consejera Núria Soler i Bosch dijo que el centro abrirá en otoño."))
                .containsExactly("Núria Soler i Bosch");
    }

    @Test
    void aSingleParticleAfterAWholeDutchNameIsAPreposition() {
        assertThat(speakers("nl", "Kamerlid Wouter Claes van GroenLinks zei dat de aankoop te duur is."))
                .doesNotContain("Wouter Claes van GroenLinks");
    }

    @Test
    void threeNamesSetOffByCommasAfterAnOfficeAreOnePerson() {
        assertThat(speakers("en", "Sweden's deputy minister, Karin Ekdahl Berg, said the drones were ready."))
                .containsExactly("Karin Ekdahl Berg");
    }

    @Test
    void aPolishNamesLastWordsInAnotherCaseAreThePersonNamedBefore() {
        assertThat(speakers("pl", "Sekretarz stanu Dieter von Hallstein powiedział, że umowa jest gotowa. "
                + "Według von Hallsteina dostawy ruszą w marcu."))
                .containsExactly("Dieter von Hallstein", "Dieter von Hallstein");
    }

    @Test
    void aPolishNameInAnObliqueCaseIsProposedInTheNominative() {
        // "Nowickiej" has an ending no nominative has: the case is known, and the name is read back from it
        assertThat(speakers("pl", "Według wiceminister obrony Barbary Nowickiej umowa jest gotowa."))
                .containsExactly("Barbara Nowicka");
    }

    @Test
    void namesJoinedByAnAmpersandAreAFirm() {
        assertThat(speakers("en", "Harlow & Finch Marine said it was ready to bid for the frigates."))
                .containsExactly("Harlow & Finch Marine");
    }

    private static List<String> notes(String lang, String body) {
        return SpeakersOfText.statementsOf(lang, body).stream()
                .map(s -> s.note() == null ? "-" : s.note()).toList();
    }

    @Test
    void aCompanyNounAloneRefersBackToTheCompanyTheTextNamed() {
        assertThat(speakers("es", "Defensa adjudicó el contrato a la empresa Brisa Naval Ingeniería. La compañía "
                + "comunicó que contratará a 200 personas.")).containsExactly("Brisa Naval Ingeniería");
        // no company named before: "the company" is no one the text lets us tell
        assertThat(speakers("es", "La empresa comunicó que contratará a 200 personas.")).containsExactly("-");
    }

    @Test
    void aCompanyFoundThroughItsCommonNounHasANoteOfItsOwn() {
        // the editor reads about a company named earlier, not about pronouns and persons
        assertThat(notes("es", "Defensa adjudicó el contrato a la empresa Brisa Naval Ingeniería. La compañía "
                + "comunicó que contratará a 200 personas.")).containsExactly("anaphora.company");
        assertThat(notes("de", "Die Firma teilte mit, sie werde 200 Menschen einstellen."))
                .containsExactly("noSpeaker.company");
    }

    @Test
    void aConjunctionEndsACompanysName() {
        // "y" joins surnames only: "la empresa Indra y el Ministerio de Defensa" names two parties, not one company
        assertThat(speakers("es", "El contrato lo firmaron ayer la empresa Indra y el Ministerio de Defensa. La compañía "
                + "comunicó que contratará a 200 personas.")).containsExactly("Indra");
    }

    @Test
    void aCapitalisedCompanyNounOutsideGermanIsNoCompany() {
        // "Group Captain" is a rank: "the company" after it refers to no company the text named
        assertThat(speakers("en", "Group Captain Jane Smith said the radar would be late. The company said it would "
                + "deliver in May.")).last().isEqualTo("-");
    }
}
