package eu.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.ingest.internal.DatelineReader;
import eu.newsroom.ingest.internal.HeadReader;
import eu.newsroom.ingest.internal.PlainText;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The dateline in the forms the EU languages write it, and the "in short" block, without a database. */
class DatelineAndHeadTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brüssel, 1. Dezember 2025 - Die Hohe Vertreterin …|Brüssel|2025-12-01",
        "Brussels, 1 December 2025|Brussels|2025-12-01",
        "Bruxelles, le 1er décembre 2025 – Les ministres …|Bruxelles|2025-12-01",
        "Bruselas, 1 de diciembre de 2025 – El Consejo …|Bruselas|2025-12-01",
        "Bruxelles, 19 febbraio 2024 – Il Consiglio …|Bruxelles|2024-02-19",
        "Warszawa, 1 grudnia 2025 r. – Rada …|Warszawa|2025-12-01",
        "Den Haag, 25 juni 2025 – De bondgenoten …|Den Haag|2025-06-25",
        "BRUSSELS, December 1, 2025 – The Council …|BRUSSELS|2025-12-01",
        "Luxembourg, 01.12.2025: The ministers …|Luxembourg|2025-12-01",
        "Lisboa, 1 de dezembro de 2025 – O Conselho …|Lisboa|2025-12-01",
    })
    void readsTheDateline(String text, String place, LocalDate date) {
        var dateline = DatelineReader.read(text).orElseThrow();
        assertThat(dateline.place()).isEqualTo(place);
        assertThat(dateline.date()).isEqualTo(date);
        assertThat(text.substring(dateline.start(), dateline.end())).startsWith(place);
    }

    @Test
    void anImpossibleDateOrAPlainSentenceIsNoDateline() {
        assertThat(DatelineReader.read("Brussels, 31 February 2025 – nothing")).isEmpty();
        assertThat(DatelineReader.read("The ministers met, as planned, in December.")).isEmpty();
    }

    @Test
    void readsBulletedPointsAfterTheHeadingAndStopsAtTheBody() {
        String text = PlainText.of("<h1>Title</h1><p>Brussels, 1 December 2025</p><p>In short:</p>"
                + "<ul><li>First point.</li><li>Second point</li></ul><p>The body starts. It has two sentences.</p>");
        var points = HeadReader.points(text).orElseThrow();
        assertThat(points.points()).extracting(Extraction.Passage::text).containsExactly("First point.", "Second point");
        assertThat(HeadReader.title(text, DatelineReader.read(text))).map(Extraction.Passage::text)
                .isEqualTo(Optional.of("Title"));
    }

    @Test
    void thePointsEndAtTheFirstLineThatIsNotAPoint() {
        String quoteAfter = "Kurz gesagt\nDie EU liefert mehr Munition.\nDie Produktion steigt.\n"
                + "„Wir liefern, was wir versprochen haben“, sagte Ministerin Aino Salmela.\nDer Text geht weiter.";
        assertThat(HeadReader.points(quoteAfter).orElseThrow().points()).extracting(Extraction.Passage::text)
                .containsExactly("Die EU liefert mehr Munition.", "Die Produktion steigt.");
        String plainAfterBullets = "In short\n- More ammunition.\n- Production rises.\nThe ministers met on Monday.";
        assertThat(HeadReader.points(plainAfterBullets).orElseThrow().points()).extracting(Extraction.Passage::text)
                .containsExactly("More ammunition.", "Production rises.");
    }
}
