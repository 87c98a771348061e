package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker only where the grammar names one (negations, a body told the words, a name in the
 * genitive read back to the nominative) and the verbs and clause forms of reported speech in Spanish, Italian and
 * Polish. The texts are written for these tests (invented people), one mechanism each, each failing on the code before.
 */
class SpeakerDisciplineTest {

    @Test
    void aVerbOfSayingNegatedWithoutPasOrNotIsNoStatement() {
        assertThat(speakers("fr", "Le ministre délégué Jean Dupuis n'a jamais dit que la base fermerait.")).isEmpty();
        assertThat(speakers("en", "Defence minister Ann Clark never said that the base would close.")).isEmpty();
    }

    @Test
    void aBodyRightAfterTheVerbAndBeforeAPersonIsWhomItWasToldTo() {
        // the agency had been the speaker ("agencia")
        assertThat(speakers("es", "«Llevamos dos años pidiendo esto», ha dicho a esta agencia el almirante Ramón Iturriaga, "
                + "jefe del Mando de Operaciones.")).containsExactly("Ramón Iturriaga");
        assertThat(speakers("pl", "Jak powiedział PAP rzecznik Marynarki Wojennej kmdr Piotr Zieliński, okręty są gotowe."))
                .containsExactly("Piotr Zieliński");
    }

    @Test
    void aPossessiveAfterAPersonNamedTellsThatPersonsGenderWhereItAgreesWithItsOwner() {
        // English and Dutch names tell no gender; "her colleague" does, so "She" and "He" each find their person
        assertThat(speakers("en", "Local councillor Joan Pritchard and her colleague Tom Abiodun raised concerns about "
                + "noise. She said residents were angry. He argued that the base was a major employer."))
                .containsExactly("Joan Pritchard", "Tom Abiodun");
        assertThat(speakers("nl", "Onderzoeker Thijs Verhoef en zijn collega Sanne Kok publiceerden een studie. Hij "
                + "stelt dat de krijgsmacht te klein is. Volgens haar zijn technici moeilijk te behouden."))
                .containsExactly("Thijs Verhoef", "Sanne Kok");
    }

    @Test
    void aPronounThatFoundSomeoneTellsTheirGenderSoTheOtherGenderFindsNoOneRatherThanThem() {
        // "he" found Rhys Bevan, so "She" is not Rhys; nothing tells Gwen Prosser's gender: no speaker, not a wrong one
        assertThat(speakers("en", "Gwen Prosser, chief executive of Dyfed Aerosystems, said the company would hire. Rhys "
                + "Bevan, the Unite convenor at the plant, said pay had lagged. “We are paid the same,” he said. She "
                + "insisted that wages had risen.")).containsExactly("Gwen Prosser", "Rhys Bevan", "Rhys Bevan", "-");
    }

    @Test
    void aHyphenatedCapitalisedWordBeforeAPolishNameIsNoGivenName() {
        // "Hel-Stal Joanna Mrozek-Wilk" was proposed as her name; better none than that one
        assertThat(speakers("pl", "– Stocznia zatrudni stu spawaczy – powiedziała prezes Hel-Stal Joanna Mrozek-Wilk."))
                .noneMatch(speaker -> speaker.contains("Hel-Stal"));
    }

    @Test
    void anOfficeWithItsBodyRestatedByARankAndANameIsThatPerson() {
        assertThat(speakers("pl", "Zdaniem dowódcy Centrum Operacji Morskich, wiceadmirała Jacka Brzezińskiego, okręty "
                + "są niezbędne.")).containsExactly("Jacek Brzeziński");
        assertThat(speakers("pl", "Zdaniem rzecznika 4. Warmińsko-Mazurskiej Brygady Obrony Terytorialnej kpt. Rafała "
                + "Dudka zainteresowanie służbą rośnie.")).containsExactly("Rafał Dudek");
    }

    @Test
    void aPhraseAfterAPrepositionFollowingTheVerbIsNoSubject() {
        assertThat(speakers("it", "Il sindaco di Cameri, Giuliano Pavesi, ha ricordato che il Comune ha ricevuto i fondi. "
                + "Ha inoltre chiesto un tavolo permanente con il ministero.")).containsExactly("Giuliano Pavesi",
                "Giuliano Pavesi");
        assertThat(speakers("en", "Estonia's defence minister, Kristjan Vahtra, met Helena Duarte, her Portuguese "
                + "counterpart. Vahtra, standing beside her, smiled and said the two had agreed to disagree."))
                .containsExactly("Kristjan Vahtra");
    }

    @Test
    void wordsThatCannotBeNamesAreNotTakenIntoOne() {
        // a compound with a long lower-case part, an elided preposition, a mixed-case acronym, a place after "van"
        assertThat(speakers("nl", "Minister Ruben Brekelmans sprak in Den Haag. Volgens de minister komen de eerste "
                + "Patriot-lanceerinrichtingen in 2027 aan.")).containsExactly("Ruben Brekelmans");
        assertThat(speakers("it", "Dall'opposizione, il senatore Gennaro Esposito ha sostenuto che "
                + "il governo doveva passare dal Parlamento.")).containsExactly("Gennaro Esposito");
        // "PiS" is the party's acronym, no given name: never "PiS Grzegorz Wilczek"; the acronym is
        // read as the office's body (OfficeComplement) and the person after it is the speaker
        assertThat(speakers("pl", "Poseł PiS Grzegorz Wilczek skrytykował tempo prac. Zapowiedział, że jego klub złoży "
                + "poprawki.")).containsExactly("Grzegorz Wilczek");
        assertThat(speakers("nl", "Wethouder Marit Smeenk van Den Helder verwelkomt de plannen. Volgens de wethouder "
                + "staan er tweeduizend mensen op de wachtlijst.")).containsExactly("Marit Smeenk");
    }

    @Test
    void aPolishNameInTheGenitiveWithAMobileVowelIsProposedInTheNominative() {
        assertThat(speakers("pl", "Zdaniem wiceministra Jacka Wróbla armia potrzebuje więcej dronów."))
                .containsExactly("Jacek Wróbel");
    }

    @Test
    void spanishPerfectsAndPresentsWithTheirClauseReportSpeech() {
        assertThat(speakers("es", "El diputado Pedro Gil ha denunciado este lunes que faltan pilotos."))
                .containsExactly("Pedro Gil");
        // a connective between the verb and its clause: the dropped subject is the person named before
        assertThat(speakers("es", "El coronel Luis Mora ha explicado que la base crecerá. Considera, además, que faltan "
                + "pilotos.")).containsExactly("Luis Mora", "Luis Mora");
    }

    @Test
    void italianJudgementsOnOneselfAndPolishJudgementsAreSaid() {
        assertThat(speakers("it", "La sindaca di Sacile, Anna Riva, si è detta soddisfatta dell'accordo sulla caserma."))
                .containsExactly("Anna Riva");
        assertThat(speakers("pl", "Posłanka Ewa Nowak nazwała ustawę „historycznym krokiem dla gmin”."))
                .containsExactly("Ewa Nowak");
        assertThat(speakers("pl", "Wiceminister Ewa Nowak podkreśliła, że armia rośnie. W jej ocenie wojsko potrzebuje "
                + "więcej dronów.")).containsExactly("Ewa Nowak", "Ewa Nowak");
    }

    @Test
    void theSubjectOfTheReportedClauseIsNoRestatedSource() {
        // the person after "according to …," is who the words are about, not who said them
        assertThat(speakers("pl", "Według rzecznika MON, gen. Wiesław Kukuła nie złamał przepisów."))
                .noneMatch(speaker -> speaker.contains("Kuku"));
        assertThat(speakers("pl", "Według rzecznika policji komisarz Jan Nowak zatrzymał sprawcę."))
                .noneMatch(speaker -> speaker.contains("Nowak"));
        assertThat(speakers("en", "According to a senior official, General John Smith will be replaced."))
                .noneMatch(speaker -> speaker.contains("Smith"));
    }

    @Test
    void aPersonNamedInsideAnotherPersonsRoleIsNoStandInForThatOffice() {
        assertThat(speakers("en", "Karen Liddell, spokeswoman for President Trask, said the talks had stalled. "
                + "Later President Trask said the talks would resume.")).containsExactly("Karen Liddell", "Trask");
    }

    @Test
    void aPossessiveTellsTheGenderOfTheSubjectNotOfTheNearestName() {
        // "her" is Kaja Kallas's, and it overwrites nothing: were Mark Rutte made a woman, "He" would find no one
        assertThat(speakers("en", "Kaja Kallas met Mark Rutte and her Baltic counterparts. He said the talks went "
                + "well.")).containsExactly("Mark Rutte");
    }

    @Test
    void aPronounThatMayBePluralTellsNoOnesGender() {
        // "zeggen ze" is they: no one speaker, and Tuinman is not made a woman by it ("Hij" finds him)
        assertThat(speakers("nl", "Brekelmans en staatssecretaris Tuinman bezochten de basis. ‘Het gaat goed’, zeggen "
                + "ze. Hij benadrukte dat de basis open blijft.")).containsExactly("-", "Tuinman");
    }

    @Test
    void aPrepositionOrATimePhraseOpeningTheSentenceIsNoUnnamedSubject() {
        // the dropped subject is the minister named before
        assertThat(speakers("es", "La ministra Elena Prado visitó la base. A preguntas de los periodistas, aseguró que "
                + "no habrá recortes.")).containsExactly("Elena Prado");
        assertThat(speakers("es", "La ministra Elena Prado visitó la base. Dos días después, explicó que no habrá "
                + "recortes.")).containsExactly("Elena Prado");
    }

    @Test
    void aColleagueWithoutANameIsNoOnesOffice() {
        assertThat(speakers("en", "Defence Secretary John Hale visited the base. His colleague said the visit went "
                + "well.")).noneMatch(speaker -> speaker.contains("Hale"));
    }

    // wrong speakers seen on a dev set, each fixed by its mechanism

    @Test
    void queAfterANounOpensARelativeClauseNotWhatWasSaid() {
        // "recuerda el informe que …", "con la ministra, que …": the noun before "que" had been read as a verb of saying
        assertThat(speakers("es", "La ministra de Defensa, Ana Ruiz, visitó la base. Recuerda el informe que publicó la "
                + "OTAN en 2024.")).isEmpty();
        assertThat(speakers("es", "El portavoz del PP, Luis Gil, visitó la base con la ministra, que llegó en helicóptero."))
                .isEmpty();
        // the control: "Recuerda que …" with no noun between verb and clause is what she said
        assertThat(speakers("es", "La ministra de Defensa, Ana Ruiz, visitó la base. Recuerda que la OTAN publicó un "
                + "informe en 2024.")).containsExactly("Ana Ruiz");
    }

    @Test
    void onlyANegatedVerbOfSayingDeniesTheStatementNotANegationInWhatWasSaid() {
        assertThat(speakers("en", "Defence minister Ann Clark said it would not close the base.")).containsExactly("Ann Clark");
        assertThat(speakers("es", "El ministro Luis Gil aseguró ayer no tener planes de cerrar la base."))
                .containsExactly("Luis Gil");
        assertThat(speakers("de", "Der Minister Jan Vogt äußerte sich nicht.")).isEmpty();
        // the control: the same verb not negated is a statement
        assertThat(speakers("de", "Der Minister Jan Vogt äußerte sich zufrieden: „Das ist gut.“"))
                .containsExactly("Jan Vogt");
    }

    @Test
    void aGivenNameInAWithAMensEndingTellsNoGenderOutsideItsLanguage() {
        // "Pekka" had been a woman's name, so "He" found no one
        assertThat(speakers("en", "“The border is calm,” said Finnish defence minister Pekka Laine. He added that patrols "
                + "would double.")).containsExactly("Pekka Laine", "Pekka Laine");
    }

    @Test
    void aJapaneseNameInAPolishTextIsAName() {
        assertThat(speakers("pl", "Minister obrony Japonii Minoru Kihara powiedział, że Tokio zwiększy wydatki."))
                .containsExactly("Minoru Kihara");
    }

    @Test
    void aNameEndingInSiOrInADocumentWordOfAnotherLanguageIsStillTheName() {
        // "Rossi ha" read as the reflexive "si ha"; "Loi" as the French law
        assertThat(speakers("it", "Il ministro Mario Rossi ha dichiarato in una nota che il governo deve intervenire."))
                .containsExactly("Mario Rossi");
        assertThat(speakers("it", "Il sindaco di Perdasdefogu, Antonio Loi, difende la scelta. A suo avviso, il poligono "
                + "deve diventare un luogo di lavoro.")).containsExactly("Antonio Loi");
    }

    @Test
    void aPronounSourceMeansThePersonWhoOpensItsOwnSentence() {
        assertThat(speakers("it", "Il sindaco di Perdasdefogu, Antonio Loi, difende la scelta. Giovanni Murru, allevatore "
                + "di Escalaplano, teme per le pecore: secondo lui i voli spaventano le greggi."))
                .containsExactly("Giovanni Murru");
        assertThat(speakers("it", "Il presidente della sezione, Giovanni Locatelli, ha accolto il decreto. «Ci sono "
                + "migliaia di alpini», ha detto. Il suo vice, Luca Cortinovis, è più cauto: a suo giudizio le indennità "
                + "sono troppo basse.")).containsExactly("Giovanni Locatelli", "Luca Cortinovis");
    }

    @Test
    void anAppositionAfterAPartyInParenthesesDescribesThePerson() {
        assertThat(speakers("nl", "Kamerlid Femke Oudshoorn (D66), een van de opstellers van het rapport, wees erop dat "
                + "reservisten vaak maanden wachten. Ze pleitte ervoor de betaling te regelen."))
                .containsExactly("Femke Oudshoorn", "Femke Oudshoorn");
    }

    @Test
    void aContinentIsAPlaceNotAName() {
        assertThat(speakers("es", "El Gobierno destinará 300 millones a los cables que conectan el país con Europa, América "
                + "y África, anunció el ministro de Defensa Nacional, Nuno Melo. Según el ministro, la Marina recibirá "
                + "dos buques.")).containsExactly("Nuno Melo", "Nuno Melo");
    }

    @Test
    void aPossessiveBeforeANounAndANameOpensThatPersonsPhraseAndIsNoSubject() {
        // "Jej" had been read as the subject pronoun, so the neighbour's words went to the woman named before
        assertThat(speakers("pl", "Sołtyska Halina Wrona mówi, że ruch wzrósł. Jej sąsiad Stanisław Pyrcz dodaje, że "
                + "autobus szkolny stoi w korku.")).containsExactly("Halina Wrona", "-");
    }

    @Test
    void anAcronymAfterAnOfficeIsTheBodyAndTheWordsAfterItThePersonsName() {
        // "del PNV Maite Urrutia Goñi" had been cut to "Urrutia Goñi"; a name after a comma stays apart
        assertThat(speakers("es", "La diputada del PNV Maite Urrutia Goñi preguntó si el Ministerio ha estudiado "
                + "complementos salariales.")).containsExactly("Maite Urrutia Goñi");
        assertThat(speakers("de", "Die Bezirksleiterin der IG Metall Mitte, Sabine Krull, sagte der Nachrichtenagentur: "
                + "„Rüstung darf kein Niedriglohnsektor werden.“")).containsExactly("Sabine Krull");
    }

    @Test
    void someoneNewNamedAfterAPossessiveEndsTheChainOfTheDroppedSubject() {
        // "dice" had gone to Giovanni Murru, of the sentence before; his son cannot be named, so no one is proposed
        assertThat(speakers("it", "Giovanni Murru, allevatore di Escalaplano, teme per le pecore: secondo lui i voli "
                + "spaventano le greggi. Suo figlio Efisio la pensa diversamente. «Se ci sono posti di lavoro qui, io "
                + "non devo emigrare», dice.")).containsExactly("Giovanni Murru", "-");
    }

    @Test
    void aStretchOpenedByAPrepositionIsWhoseViewItIsNotThePersonAfterIt() {
        // "suo" is Legambiente's, "su" the unions': the minister had been given their words
        assertThat(speakers("it", "Per Legambiente, il ministro Luca Bianchi sbaglia: a suo avviso il poligono inquina."))
                .noneMatch(speaker -> speaker.contains("Bianchi"));
        assertThat(speakers("it", "Per i sindacati, il ministro Luca Bianchi ha sbagliato: a suo avviso il poligono "
                + "inquina.")).noneMatch(speaker -> speaker.contains("Bianchi"));
    }

    @Test
    void someoneNamedBetweenTheOpeningPersonAndThePronounMayBeTheOneItMeans() {
        assertThat(speakers("en", "Mayor John Smith welcomed Defence Secretary Anna Clark in the town hall, and "
                + "according to her the base will stay open.")).noneMatch(speaker -> speaker.contains("Smith"));
        assertThat(speakers("es", "El alcalde Juan Gómez Díaz recibió a la ministra de Defensa, Ana López; según ella, "
                + "la base seguirá abierta.")).noneMatch(speaker -> speaker.contains("Gómez"));
    }

    @Test
    void aWomansNameWithAnEndingSomeMensNamesHaveIsStillAWomans() {
        // "Riikka" had told no gender, so "he" found the Finance Minister
        assertThat(speakers("en", "Defence Minister Antti Häkkänen spoke first. Finance Minister Riikka Purra then "
                + "presented the budget. 'We must spend more,' he said.")).noneMatch(speaker -> speaker.contains("Purra"));
        assertThat(speakers("en", "“The border is calm,” said Finnish defence minister Jukka Laine. He added that patrols "
                + "would double.")).containsExactly("Jukka Laine", "Jukka Laine");
    }

    @Test
    void anAcronymThatOpensALongerNameOfABodyLeavesNoPersonBehindIt() {
        // "der IG Metall Küste" had given the body "IG" and a person "Metall Küste"
        assertThat(speakers("de", "„Die Werften brauchen Aufträge“, sagte der Bezirksleiter der IG Metall Küste."))
                .noneMatch(speaker -> speaker.contains("Metall"));
    }

    @Test
    void aPolishBodyInTheGenitiveIsNoJapaneseName() {
        // "Banku Pekao" fits Japanese syllables; a bank in the genitive is no person
        assertThat(speakers("pl", "Prezes Banku Pekao powiedział, że bank zwiększy kredyty."))
                .noneMatch(speaker -> speaker.contains("Banku"));
        assertThat(speakers("pl", "Minister obrony Japonii Minoru Kihara powiedział, że Tokio zwiększy wydatki."))
                .containsExactly("Minoru Kihara");
    }

    @Test
    void anAsideBetweenCommasOpenedByAFunctionWordIsNoRole() {
        // "come sempre" had become Mario Rossi's role
        assertThat(SpeakersOfText.statementsOf("it", "Mario Rossi, come sempre, teme per le pecore: secondo lui i voli "
                + "spaventano le greggi.")).noneMatch(s -> s.role() != null && s.role().contains("sempre"));
    }
}
