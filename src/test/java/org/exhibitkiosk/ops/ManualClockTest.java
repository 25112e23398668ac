package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The hand-moved clock, as the kiosk's code uses it: in the kiosk's own zone, moved by the driver. */
class ManualClockTest {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @Test
    void aClockInTheKiosksZoneGivesTheKiosksDateNotUtcs() {
        // 22:30 in UTC is already the next day in Yerevan (UTC+4).
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T22:30:00Z"));

        Clock kiosk = clock.withZone(YEREVAN);

        assertThat(kiosk.getZone()).isEqualTo(YEREVAN);
        assertThat(LocalDate.now(kiosk)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(LocalDateTime.now(kiosk)).isEqualTo(LocalDateTime.of(2026, 11, 26, 2, 30));
        assertThat(clock.getZone()).as("the original keeps its zone").isEqualTo(ZoneOffset.UTC);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theClockInAnotherZoneMovesWithTheOriginal() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T12:00:00Z"));
        ManualClock kiosk = clock.withZone(YEREVAN);

        clock.advance(Duration.ofMinutes(90));
        assertThat(kiosk.instant()).isEqualTo(Instant.parse("2026-11-25T13:30:00Z"));

        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(kiosk.instant()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));

        kiosk.advance(Duration.ofSeconds(5));
        assertThat(clock.instant()).as("moved through the other zone's clock").isEqualTo(
                Instant.parse("2026-12-01T08:00:05Z"));
    }
}
