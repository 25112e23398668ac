package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.ops.ManualClock;
import org.junit.jupiter.api.Test;

/** One print a session, a cooldown, a daily cap counted in the kiosk's own time zone. */
class PrintLimitsTest {

    private static KioskConfig.Printing printing(int perSession, int cooldown, int daily) {
        return new KioskConfig.Printing("kiosk", KioskConfig.Paper.A4, KioskConfig.Edition.SINGLE, perSession,
                cooldown, daily, 45);
    }

    @Test
    void aSecondPrintInTheSameSessionIsRefused() {
        PrintLimits limits = new PrintLimits(printing(1, 0, 100), ZoneOffset.UTC,
                new ManualClock(Instant.parse("2026-11-24T10:00:00Z")));
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.ALLOWED);
        limits.record();
        assertThat(limits.check(1)).isEqualTo(PrintLimits.Verdict.ALREADY_PRINTED);
        assertThat(limits.check(0)).as("the next visitor").isEqualTo(PrintLimits.Verdict.ALLOWED);
    }

    @Test
    void theCooldownHoldsEveryoneBackForItsSeconds() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));
        PrintLimits limits = new PrintLimits(printing(1, 60, 100), ZoneOffset.UTC, clock);
        limits.record();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.PLEASE_WAIT);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.ALLOWED);
    }

    @Test
    void theDailyCapResetsAtMidnightInTheKiosksTimeZone() {
        // 23:30 in Baku (UTC+4) is 19:30 UTC; midnight in Baku is 20:00 UTC.
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T19:30:00Z"));
        PrintLimits limits = new PrintLimits(printing(1, 0, 2), ZoneId.of("Asia/Baku"), clock);
        limits.record();
        limits.record();
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.DAILY_LIMIT);
        clock.advance(Duration.ofMinutes(29));
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.DAILY_LIMIT);
        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.ALLOWED);
        assertThat(limits.printsToday()).isZero();
    }

    @Test
    void aDailyLimitOfZeroTurnsVisitorPrintingOff() {
        PrintLimits limits = new PrintLimits(printing(1, 0, 0), ZoneOffset.UTC,
                new ManualClock(Instant.parse("2026-11-24T10:00:00Z")));
        assertThat(limits.check(0)).isEqualTo(PrintLimits.Verdict.OFF);
    }
}
