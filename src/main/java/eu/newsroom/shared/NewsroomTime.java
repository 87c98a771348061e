package eu.newsroom.shared;

import java.time.ZoneId;

/**
 * The newsroom's time zone, in one place: the dates and times readers see (embargoes, withdrawals, citations), the
 * desk's schedules, the alerts' digest hours and the day a change is dated are Brussels time, whatever the server's.
 */
public final class NewsroomTime {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private NewsroomTime() {
    }
}
