package org.exhibitkiosk.print;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.exhibitkiosk.config.KioskConfig;

/**
 * The limits on visitors' prints: so many per visitor session, a quiet time between any two
 * prints, and a daily cap counted in the kiosk's own time zone (0 turns visitor printing off).
 * Children will press the button twenty times. Staff handouts are not counted. Thread-safe.
 */
public final class PrintLimits {

    /** Whether a visitor may print now, and if not, why. */
    public enum Verdict { ALLOWED, ALREADY_PRINTED, PLEASE_WAIT, DAILY_LIMIT, OFF }

    private final KioskConfig.Printing printing;
    private final ZoneId zone;
    private final Clock clock;
    private Instant lastPrint;
    private LocalDate day;
    private int printsToday;

    public PrintLimits(KioskConfig.Printing printing, ZoneId zone, Clock clock) {
        this.printing = printing;
        this.zone = zone;
        this.clock = clock;
    }

    /** Whether a visitor who has printed {@code printsThisSession} times may print now. */
    public synchronized Verdict check(int printsThisSession) {
        if (printing.dailyLimit() == 0) {
            return Verdict.OFF;
        }
        if (printsThisSession >= printing.perSession()) {
            return Verdict.ALREADY_PRINTED;
        }
        rollDay();
        if (printsToday >= printing.dailyLimit()) {
            return Verdict.DAILY_LIMIT;
        }
        if (lastPrint != null && Duration.between(lastPrint, clock.instant())
                .compareTo(Duration.ofSeconds(printing.cooldownSeconds())) < 0) {
            return Verdict.PLEASE_WAIT;
        }
        return Verdict.ALLOWED;
    }

    /** Counts a print sent to the printer. */
    public synchronized void record() {
        rollDay();
        printsToday++;
        lastPrint = clock.instant();
    }

    /** Prints counted today, in the kiosk's time zone. */
    public synchronized int printsToday() {
        rollDay();
        return printsToday;
    }

    private void rollDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!today.equals(day)) {
            day = today;
            printsToday = 0;
        }
    }
}
