package eu.newsroom.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule on loaded values and the instant the query fragments bind, for each kind of reader. */
class VisibilityTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void anonymousReadersSeePublishedItemsOnceTheEmbargoHasPassed() {
        Visibility anonymous = Visibility.anonymousAt(NOW);
        assertThat(anonymous.liftedUpTo()).isEqualTo(NOW);
        assertThat(anonymous.admits(true, null)).isTrue();
        assertThat(anonymous.admits(true, NOW)).isTrue();
        assertThat(anonymous.admits(true, LATER)).isFalse();
        assertThat(anonymous.admits(false, null)).as("a draft, scheduled or withdrawn item").isFalse();
    }

    @Test
    void accreditedReadersSeeEmbargoedItemsButNeverUnpublishedOnes() {
        for (Audience accredited : new Audience[] {Audience.JOURNALIST, Audience.ANALYST}) {
            Visibility reader = new Visibility(accredited, NOW);
            assertThat(reader.liftedUpTo()).isEqualTo(Visibility.EVERY_EMBARGO);
            assertThat(reader.admits(true, LATER)).isTrue();
            assertThat(reader.admits(false, null)).isFalse();
        }
    }

    @Test
    void aSharedObjectIsPublicFromTheMomentItsFirstItemIs() {
        assertThat(Visibility.anonymousAt(NOW).admitsShared(null)).as("only unpublished items carry it").isFalse();
        assertThat(Visibility.anonymousAt(NOW).admitsShared(NOW)).isTrue();
        assertThat(Visibility.anonymousAt(NOW).admitsShared(LATER)).as("its item is under embargo").isFalse();
        assertThat(new Visibility(Audience.JOURNALIST, NOW).admitsShared(LATER)).isTrue();
    }

    @Test
    void theSqlAndJpqlFragmentsSayTheSameRule() {
        assertThat(Visibility.briefingSql("b")).isEqualTo(
                "(b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= :now))");
        assertThat(Visibility.BRIEFING_B).contains("b.status = eu.newsroom.briefing.PublicationStatus.PUBLISHED")
                .contains("b.embargoUntil <= :" + Visibility.PARAMETER);
        assertThat(Visibility.BRIEFING_O).isEqualTo(Visibility.BRIEFING_B.replace("b.", "o."));
        assertThat(Visibility.sharedSql("a")).isEqualTo("a.public_from <= :now");
    }
}
