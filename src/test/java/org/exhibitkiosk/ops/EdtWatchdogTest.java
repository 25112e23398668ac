package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stalled event thread is reported, and if it stays frozen the kiosk exits to be restarted. The
 * watchdog's time and its "event thread" are driven by hand: a probe is answered only when the
 * test runs what was sent to the EDT, so no test waits on real time.
 */
class EdtWatchdogTest {

    private static final long STALL_MS = 2_000;
    private static final long FROZEN_MS = 10_000;
    private static final Duration PROBE = Duration.ofMillis(500);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Queue<Runnable> edt = new ArrayDeque<>();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private EdtWatchdog watchdog;

    @BeforeEach
    void watch() {
        watchdog = new EdtWatchdog(heartbeats::incrementAndGet, exits::add, STALL_MS, FROZEN_MS, PROBE.toMillis(),
                nanos::get, edt::add);
    }

    /** The EDT runs everything sent to it so far. */
    private void edtAnswers() {
        while (!edt.isEmpty()) {
            edt.remove().run();
        }
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** One probe interval: the watchdog checks; the EDT answers within a millisecond, or not at all. */
    private void probe(boolean edtAnswers) {
        assertThat(watchdog.check()).isTrue();
        if (edtAnswers) {
            advance(Duration.ofMillis(1));
            edtAnswers();
            advance(PROBE.minusMillis(1));
        } else {
            advance(PROBE);
        }
    }

    @Test
    void whileTheEventThreadAnswersTheHeartbeatRunsAndNothingIsReported() {
        for (int i = 0; i < 40; i++) {
            probe(true);
        }

        assertThat(heartbeats).hasValue(40);
        assertThat(watchdog.stallsOver100ms()).isZero();
        assertThat(watchdog.stallsReported()).isZero();
        assertThat(exits).isEmpty();
    }

    @Test
    void anAnswerSlowerThan100msIsCountedAsAStall() {
        probe(true);
        assertThat(watchdog.check()).isTrue();
        advance(Duration.ofMillis(150));
        edtAnswers();

        assertThat(watchdog.stallsOver100ms()).isEqualTo(1);
        assertThat(watchdog.stallsReported()).as("no thread dump for a short stall").isZero();
    }

    @Test
    void aStallIsReportedOnceTheHeartbeatStopsAndBothComeBackWithTheEventThread() {
        probe(true);
        int before = heartbeats.get();

        // Silent for 0.5 s to 9.5 s: the heartbeat runs while the silence is under 2 s (four probes),
        // then stops; one dump, no exit.
        for (int i = 0; i < 19; i++) {
            probe(false);
        }
        assertThat(watchdog.stallsReported()).isEqualTo(1);
        assertThat(heartbeats).as("the heartbeat stops once the EDT is silent for 2 s").hasValue(before + 4);
        assertThat(exits).isEmpty();

        edtAnswers();
        int afterStall = heartbeats.get();
        probe(true);
        assertThat(heartbeats).hasValue(afterStall + 1);

        // A second stall is a report of its own.
        for (int i = 0; i < 6; i++) {
            probe(false);
        }
        assertThat(watchdog.stallsReported()).isEqualTo(2);
        assertThat(exits).isEmpty();
    }

    @Test
    void anEventThreadFrozenForTenSecondsEndsTheKioskWithTheRestartStatus() {
        assertThat(watchdog.check()).isTrue();
        edtAnswers();
        advance(Duration.ofMillis(FROZEN_MS - 1));
        assertThat(watchdog.check()).as("9.999 s is not yet frozen").isTrue();
        assertThat(exits).isEmpty();

        advance(Duration.ofMillis(1));
        assertThat(watchdog.check()).as("the watchdog stops watching once it has asked to exit").isFalse();

        assertThat(exits).containsExactly(EdtWatchdog.FROZEN_EXIT);
        assertThat(watchdog.stallsReported()).isEqualTo(1);
    }
}
