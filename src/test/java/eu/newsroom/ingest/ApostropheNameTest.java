package eu.newsroom.ingest;

import static eu.newsroom.ingest.SpeakersOfText.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A surname with an apostrophe inside it is one word of the name ("Le Goarnic'h", "D'Avanzo", "N'Diouma"), while an
 * elided article or preposition before a name stays apart from it ("selon l'amiral", "d'après", "dell'assessore").
 * The people and places are invented for these tests.
 */
class ApostropheNameTest {

    @Test
    void aBretonSurnameIsNotCutAtItsApostrophe() {
        assertThat(speakers("fr", "Le directeur du chantier, Goulven Penmarc'h, a déclaré que les commandes doublaient. "
                + "Il a ajouté que l'atelier embaucherait quarante soudeurs."))
                .containsExactly("Goulven Penmarc'h", "Goulven Penmarc'h");
    }

    @Test
    void aSurnameWithAParticleAndAnApostropheStaysWhole() {
        assertThat(speakers("fr", "« Le port n'a jamais autant travaillé », a déclaré le directeur Ronan Le "
                + "Goarnic'h.")).containsExactly("Ronan Le Goarnic'h");
    }

    @Test
    void aCapitalisedElisionInsideASentenceOpensAnItalianSurname() {
        assertThat(speakers("it", "Il sindaco Massimo D'Avanzo ha detto che il porto resterà aperto."))
                .containsExactly("Massimo D'Avanzo");
    }

    @Test
    void aWestAfricanSurnameAfterNAndAnApostropheIsOneWord() {
        assertThat(speakers("fr", "Le colonel Mamadou N'Diouma a indiqué que la mission durerait six mois."))
                .containsExactly("Mamadou N'Diouma");
    }

    @Test
    void anIrishSurnameKeepsItsApostropheAndThePossessiveStaysApart() {
        assertThat(speakers("en", "Defence Minister Niamh O'Callaghan said the radar would be ready in 2028. "
                + "\"We're ready,\" O'Callaghan said.")).containsExactly("Niamh O'Callaghan", "Niamh O'Callaghan");
    }

    @Test
    void anElidedArticleOrPrepositionBeforeANameStaysApart() {
        assertThat(speakers("fr", "Selon l'amiral Yannick Kerhervé, la flotte sera prête en 2027. D'après la maire "
                + "Soizic Morvan, les délais seront tenus.")).containsExactly("Yannick Kerhervé", "Soizic Morvan");
    }
}
