package org.exhibitkiosk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.config.PinLockout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the staff panel: the right PIN opens it; after too many wrong ones in a row the pad
 * locks for a while. The count and the lockout live in a {@link PinLockout} that outlasts the gate
 * (a reload of content or config makes a new gate on the same one) and the kiosk (it is kept in the
 * state folder). Every attempt is logged (never the PIN). Checking takes a deliberate fraction
 * of a second and writes the lockout file: call it off the EDT. Thread-safe.
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
    private final PinLockout attempts;

    /**
     * @param hash     the stored PIN, or null when none is set (then no PIN opens the panel)
     * @param attempts the wrong attempts and lockout so far, shared with the gates before and after this one
     */
    public PinGate(PinHash hash, int maxAttempts, Duration lockout, Clock clock, PinLockout attempts) {
        this.hash = hash;
        this.maxAttempts = maxAttempts;
        this.lockout = lockout;
        this.clock = clock;
        this.attempts = attempts;
    }

    /** When the pad is locked, until when; otherwise null. */
    public Instant lockedUntil() {
        Instant until = attempts.lockedUntil();
        return clock.instant().isBefore(until) ? until : null;
    }

    public Outcome check(char[] pin) {
        synchronized (attempts) {
            try {
                return checkLocked(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
        }
    }

    private Outcome checkLocked(char[] pin) {
        Instant now = clock.instant();
        Instant lockedUntil = attempts.lockedUntil();
        if (now.isBefore(lockedUntil)) {
            LOG.warn("staff PIN attempt while the pad is locked (until {})", lockedUntil);
            return new Outcome.Locked(lockedUntil);
        }
        if (hash != null && hash.matches(pin)) {
            attempts.record(0, lockedUntil);
            LOG.info("staff PIN accepted; staff panel opened");
            return new Outcome.Accepted();
        }
        int wrongInARow = attempts.wrongInARow() + 1;
        if (wrongInARow >= maxAttempts) {
            Instant until = now.plus(lockout);
            attempts.record(0, until);
            LOG.warn("wrong staff PIN ({} in a row); PIN pad locked until {}", maxAttempts, until);
            return new Outcome.Locked(until);
        }
        attempts.record(wrongInARow, lockedUntil);
        LOG.warn("wrong staff PIN (attempt {} of {}){}", wrongInARow, maxAttempts,
                hash == null ? "; no staff PIN is set: run set-pin" : "");
        return new Outcome.Wrong(maxAttempts - wrongInARow);
    }
}
