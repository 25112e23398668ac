package org.exhibitkiosk.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that a driver moves by hand: the soak uses it to bring idle resets about without
 * waiting for them, and tests drive time-driven behaviour with it. {@link #withZone} gives a clock
 * in another zone on the same hand-moved time: moving either moves both, as the kiosk's code asks
 * for its own zone ({@code clock.withZone(config.timeZone())}) and the driver moves the original.
 * Thread-safe.
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock in UTC, at {@code start}. */
    public ManualClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start)), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** This clock's time, seen in {@code zone}; the two move together. */
    @Override
    public ManualClock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new ManualClock(now, Objects.requireNonNull(zone));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
