package eu.newsroom.portal;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.briefing.Briefing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The "Embargoed until …" mark (issue 19 finding 10): whether a briefing, or what it carries (its statements, the
 * commitments it is the source of), is under embargo at this instant, and until when in Brussels time. The read side
 * decides it here only, from the briefing's embargo, so that it can join the one visibility rule of the content
 * modules. Who may see an embargoed item is not decided here: readers without accreditation never get one, so every
 * mark they could see is empty.
 */
@Component
class EmbargoMarks {

    /** Embargo times are announced in Brussels time. */
    private final Clock clock;

    EmbargoMarks(Clock clock) {
        this.clock = clock;
    }

    /** When the briefing's embargo ends, in Brussels time, while it lasts; null without one (or without a briefing). */
    ZonedDateTime of(Briefing briefing) {
        return briefing == null ? null : until(briefing.getEmbargoUntil());
    }

    /** The end of an embargo in Brussels time while it lasts, else null. */
    ZonedDateTime until(Instant embargoUntil) {
        return embargoUntil != null && embargoUntil.isAfter(now()) ? embargoUntil.atZone(BRUSSELS) : null;
    }

    /** The instant marks are decided at: an embargo ending after it is still on. */
    Instant now() {
        return clock.instant();
    }
}
