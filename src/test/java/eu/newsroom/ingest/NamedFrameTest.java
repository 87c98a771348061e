package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.statementsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words about a name that do not withhold it: "au nom de", "im Namen der", "was named after", and a person named at the
 * start of the sentence who speaks "on behalf of" someone. Neither the opening phrase nor the named person is
 * anonymous.
 */
class NamedFrameTest {

    /** Each statement as "kind:speaker", "-" for none. */
    private static List<String> sources(String lang, String body) {
        return statementsOf(lang, body).stream()
                .map(s -> s.speaker() == null ? "-" : s.speakerKind() + ":" + s.speaker()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Nach dem Gipfel, der im Namen der NATO stattfand, sagte Verteidigungsminister Boris Pistorius, die "
                    + "Brigade sei bereit.",
            "fr|Après le sommet, qui s'est tenu au nom de l'Alliance, a déclaré le ministre Sébastien Lecornu, la "
                    + "France est prête.",
            "en|After the summit, which was named after the city, said Defence Minister John Healey, allies must spend "
                    + "more.",
            "it|Dopo il vertice, che si è tenuto a nome dell'Alleanza, ha detto il ministro Guido Crosetto che l'Italia "
                    + "è pronta.",
            "nl|Na de top, die in naam van de NAVO werd gehouden, zei minister Ruben Brekelmans dat de F-35 komt.",
            "es|Tras la cumbre, que se celebró en nombre de la OTAN, ha dicho la ministra Margarita Robles que la "
                    + "misión seguirá."})
    void aNameInAnAdverbialClauseIsNoWithheldName(String lang, String body) {
        assertThat(sources(lang, body)).noneMatch(s -> s.startsWith("anonymous:"));
    }

    @Test
    void aPersonNamedAtTheStartWhoWasNamedToAnOfficeSpeaksOnInTheNextSentence() {
        assertThat(sources("en", "Kaja Kallas, who was named foreign policy chief last year, said the EU would not "
                + "back down. She added that sanctions would follow."))
                .containsExactly("person:Kaja Kallas", "person:Kaja Kallas");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Jean-Noël Barrot, qui s'exprimait au nom des Vingt-Sept, a déclaré que l'Union ne céderait pas.",
            "it|Guido Crosetto, che ha parlato a nome del governo, ha detto che l'Italia è pronta.",
            "es|Margarita Robles, que firmó en nombre del Gobierno, ha asegurado que la misión seguirá.",
            "de|Boris Pistorius, der im Namen der Bundesregierung sprach, sagte, die Brigade sei bereit.",
            "nl|Ruben Brekelmans, die in naam van het kabinet sprak, zei dat de F-35 komt."})
    void aPersonNamedAtTheStartWhoSpeaksOnBehalfOfOthersIsNotAnonymous(String lang, String body) {
        assertThat(sources(lang, body)).isNotEmpty().noneMatch(s -> s.startsWith("anonymous:"));
    }

    @Test
    void aPossessiveBeforeTheNameIsNoPreposition() {
        assertThat(sources("fr", "Une soudeuse de l'arsenal, qui n'a pas souhaité donner son nom, estime que les "
                + "salaires ne suivent pas.")).singleElement().asString().startsWith("anonymous:Une soudeuse");
    }

    @Test
    void theCabinetInAnAdverbialPhraseIsNotTheSpeaker() {
        assertThat(sources("fr", "La ministre Anne Lefranc a visité l'usine. Devant le cabinet de la ministre, Anne "
                + "Lefranc a déclaré que les crédits seraient tenus.")).last().asString()
                .isEqualTo("person:Anne Lefranc");
    }
}
