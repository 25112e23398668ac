package org.exhibitkiosk.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The kiosk's opening hours, a line per weekday, read in the kiosk's time zone so that they stay
 * right across daylight-saving changes. Immutable.
 */
public record OpeningHours(DailyHours monday, DailyHours tuesday, DailyHours wednesday, DailyHours thursday,
                           DailyHours friday, DailyHours saturday, DailyHours sunday) {

    public DailyHours on(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> monday;
            case TUESDAY -> tuesday;
            case WEDNESDAY -> wednesday;
            case THURSDAY -> thursday;
            case FRIDAY -> friday;
            case SATURDAY -> saturday;
            case SUNDAY -> sunday;
        };
    }

    /** Whether the kiosk is open at an instant, judged by the wall clock in {@code zone}. */
    public boolean isOpenAt(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return on(local.getDayOfWeek()).isOpenAt(local.toLocalTime());
    }
}
