package eu.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.ingest.internal.Gazetteer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who said what, scored on press texts in the blind set's format (see {@link ExtractionScore} for what matches):
 * the attribution set (src/test/resources/extraction/attribution, written by the extractor's author for its failure
 * classes), the dev split of the blind set (src/test/resources/extraction/blind-dev) and the second dev set written
 * after it (src/test/resources/extraction/blind-dev2, 28 texts, first scored unseen) and the fourth dev set
 * (src/test/resources/extraction/blind-dev4) and the fifth (blind-dev5), against floors. With
 * {@code -Dextraction.dir=path} (or several, comma-separated) it scores that directory instead and only reports (the
 * lead's run of the test split):
 * <pre>./mvnw -B -o test -Dtest=ExtractionBlindSetTest -Dextraction.dir=path/to/blind-test</pre>
 */
class ExtractionBlindSetTest {

    private static final Path ATTRIBUTION = Path.of("src/test/resources/extraction/attribution");
    private static final Path DEV = Path.of("src/test/resources/extraction/blind-dev");
    private static final Path DEV2 = Path.of("src/test/resources/extraction/blind-dev2");
    private static final Path DEV4 = Path.of("src/test/resources/extraction/blind-dev4");
    private static final Path DEV5 = Path.of("src/test/resources/extraction/blind-dev5");
    private static ExtractionScore score;

    @BeforeAll
    static void knownNames() {
        Gazetteer gazetteer = DemoGazetteer.load();
        score = new ExtractionScore(gazetteer);
    }

    @Test
    void aGivenDirectoryIsScoredAndReported() throws IOException {
        String given = System.getProperty("extraction.dir");
        // several directories, comma-separated, are scored one after the other in one run (models read once)
        for (String each : given == null || given.isBlank() ? new String[] {""} : given.split(",")) {
            Path dir = each.isBlank() ? ATTRIBUTION : ExtractionScore.directory(each.strip());
            ExtractionScore.Report report = score.score(dir);
            report.print("Statements with the right speaker, " + dir);
            assertThat(report.all().texts).as("texts in " + dir).isPositive();
        }
    }

    @Test
    void theAttributionSetNamesTheRightSpeakers() throws IOException {
        ExtractionScore.Report report = score.score(ATTRIBUTION);
        assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.85);
        assertThat(report.all().wrongSpeaker).as("wrong speakers").isZero();
        assertThat(report.all().kindAccuracy()).as("quote or paraphrase").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theDevSplitOfTheBlindSetMeetsItsFloors() throws IOException {
        ExtractionScore.Report report = score.score(DEV);
        report.print("Blind set, dev split");
        // issue 18's targets for the test split, held on dev (tuned on it, so the test split will score lower)
        assertThat(report.all().texts).isGreaterThanOrEqualTo(40);
        assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.85);
        report.byLanguage().forEach((lang, counts) -> assertThat(counts.recall()).as(lang + " recall")
                .isGreaterThanOrEqualTo(0.75));
        assertThat(report.all().kindAccuracy()).as("quote or paraphrase").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all().wrongSpeaker).as("wrong speakers").isLessThanOrEqualTo(2);
    }

    /**
     * The second dev set: unseen it scored P 0.76 R 0.62 with 31 wrong speakers (what the test split showed: the
     * reader was fitted to the first dev split); the grammar of names was then generalised on both. Its floors hold
     * what matters most, few wrong names, with some room below the tuned figures.
     */
    @Test
    void theSecondDevSetNamesFewWrongSpeakers() throws IOException {
        ExtractionScore.Report report = score.score(DEV2);
        report.print("Blind set, second dev set");
        assertThat(report.all().texts).isGreaterThanOrEqualTo(28);
        assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all().wrongSpeaker).as("wrong speakers").isLessThanOrEqualTo(3);
        assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.75);
        report.byLanguage().forEach((lang, counts) -> assertThat(counts.recall()).as(lang + " recall")
                .isGreaterThanOrEqualTo(0.65));
        assertThat(report.all().kindAccuracy()).as("quote or paraphrase").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The fourth dev set (30 texts, 269 statements, 97 commitments, written by a helper who had read none of the code):
     * unseen it scored P 0.92 R 0.74 with 9 wrong speakers and commitment status 0.61; round 4 was tuned on it.
     */
    @Test
    void theFourthDevSetNamesNoWrongSpeaker() throws IOException {
        ExtractionScore.Report report = score.score(DEV4);
        report.print("Blind set, fourth dev set");
        assertThat(report.all().texts).isGreaterThanOrEqualTo(30);
        assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all().wrongSpeaker).as("wrong speakers").isLessThanOrEqualTo(1);
        assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.80);
        report.byLanguage().forEach((lang, counts) -> assertThat(counts.recall()).as(lang + " recall")
                .isGreaterThanOrEqualTo(0.60));
        assertThat(report.all().kindAccuracy()).as("quote or paraphrase").isGreaterThanOrEqualTo(0.95);
        assertThat((double) report.all().statusRight / report.all().amountsRight).as("commitment status")
                .isGreaterThanOrEqualTo(0.80);
        // round 5: parties the newsroom does not know are proposed as the text names them (0.16 before, 0.56 after)
        assertThat((double) report.all().donorRight / report.all().amountsRight).as("commitment donor")
                .isGreaterThanOrEqualTo(0.50);
    }

    /**
     * The fifth dev set (28 texts written on hard names: particles, double surnames, look-alike bodies and companies):
     * unseen it scored P 0.74 R 0.60 with 47 wrong speakers; round 7's grammar of names was tuned on it (P 0.99 R 0.87,
     * 1 wrong speaker).
     */
    @Test
    void theFifthDevSetCutsNamesWhereTheyEnd() throws IOException {
        ExtractionScore.Report report = score.score(DEV5);
        report.print("Blind set, fifth dev set");
        assertThat(report.all().texts).isGreaterThanOrEqualTo(28);
        assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all().wrongSpeaker).as("wrong speakers").isLessThanOrEqualTo(3);
        assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.80);
        report.byLanguage().forEach((lang, counts) -> assertThat(counts.recall()).as(lang + " recall")
                .isGreaterThanOrEqualTo(0.75));
        assertThat(report.all().kindAccuracy()).as("quote or paraphrase").isGreaterThanOrEqualTo(0.95);
    }
}
