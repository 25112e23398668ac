package org.exhibitkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class NextOpeningTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
    private static final DailyHours DAY = DailyHours.parse("10:00-18:00");
    /** Closed on Mondays. */
    private static final OpeningHours HOURS = new OpeningHours(DailyHours.CLOSED, DAY, DAY, DAY, DAY, DAY,
            DailyHours.parse("11:00-16:00"));

    @Test
    void beforeOpeningTheExhibitOpensLaterToday() {
        // Wednesday 2 December 2026, 08:30 in Baku.
        assertThat(HOURS.nextOpening(at("2026-12-02T08:30"), BAKU)).contains(at("2026-12-02T10:00").atZone(BAKU));
    }

    @Test
    void afterClosingOnSundayItSkipsTheClosedMonday() {
        // Sunday 6 December, 19:00: Monday is closed, so Tuesday at 10:00.
        assertThat(HOURS.nextOpening(at("2026-12-06T19:00"), BAKU)).contains(at("2026-12-08T10:00").atZone(BAKU));
    }

    @Test
    void aKioskClosedEveryDayNeverOpens() {
        OpeningHours never = new OpeningHours(DailyHours.CLOSED, DailyHours.CLOSED, DailyHours.CLOSED,
                DailyHours.CLOSED, DailyHours.CLOSED, DailyHours.CLOSED, DailyHours.CLOSED);
        assertThat(never.nextOpening(at("2026-12-02T08:30"), BAKU)).isEmpty();
    }

    private static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BAKU).toInstant();
    }
}
