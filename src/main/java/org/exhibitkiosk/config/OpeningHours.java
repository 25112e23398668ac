package org.exhibitkiosk.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

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

    /**
     * When the kiosk next opens after {@code instant}, in {@code zone}: later today, or on the next
     * day with hours, within a week; empty when every day is closed.
     */
    public Optional<ZonedDateTime> nextOpening(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        for (int days = 0; days <= 7; days++) {
            LocalDate date = local.toLocalDate().plusDays(days);
            DailyHours hours = on(date.getDayOfWeek());
            if (hours.isClosedAllDay()) {
                continue;
            }
            ZonedDateTime opens = date.atTime(hours.opens()).atZone(zone);
            if (opens.isAfter(local)) {
                return Optional.of(opens);
            }
        }
        return Optional.empty();
    }
}
