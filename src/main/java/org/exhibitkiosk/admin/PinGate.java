package org.exhibitkiosk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.exhibitkiosk.config.PinHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the staff panel: the right PIN opens it; after too many wrong ones in a row the pad
 * locks for a while. Every attempt is logged (never the PIN). Checking takes a deliberate fraction
 * of a second: call it off the EDT. Thread-safe.
 */
public final class PinGate {

    private static final Logger LOG = LoggerFactory.getLogger(PinGate.class);

    /** The outcome of one attempt. */
    public sealed interface Outcome {
        record Accepted() implements Outcome {
        }

        record Wrong(int attemptsLeft) implements Outcome {
        }

        record Locked(Instant until) implements Outcome {
        }
    }

    private final PinHash hash;
    private final int maxAttempts;
    private final Duration lockout;
    private final Clock clock;
    private int wrongInARow;
    private Instant lockedUntil = Instant.MIN;

    /** @param hash the stored PIN, or null when none is set (then no PIN opens the panel) */
    public PinGate(PinHash hash, int maxAttempts, Duration lockout, Clock clock) {
        this.hash = hash;
        this.maxAttempts = maxAttempts;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** When the pad is locked, until when; otherwise null. */
    public synchronized Instant lockedUntil() {
        return clock.instant().isBefore(lockedUntil) ? lockedUntil : null;
    }

    public synchronized Outcome check(char[] pin) {
        try {
            Instant now = clock.instant();
            if (now.isBefore(lockedUntil)) {
                LOG.warn("staff PIN attempt while the pad is locked (until {})", lockedUntil);
                return new Outcome.Locked(lockedUntil);
            }
            if (hash != null && hash.matches(pin)) {
                wrongInARow = 0;
                LOG.info("staff PIN accepted; staff panel opened");
                return new Outcome.Accepted();
            }
            wrongInARow++;
            if (wrongInARow >= maxAttempts) {
                wrongInARow = 0;
                lockedUntil = now.plus(lockout);
                LOG.warn("wrong staff PIN ({} in a row); PIN pad locked until {}", maxAttempts, lockedUntil);
                return new Outcome.Locked(lockedUntil);
            }
            LOG.warn("wrong staff PIN (attempt {} of {}){}", wrongInARow, maxAttempts,
                    hash == null ? "; no staff PIN is set: run set-pin" : "");
            return new Outcome.Wrong(maxAttempts - wrongInARow);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
