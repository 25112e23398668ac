package org.exhibitkiosk.ops;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the Swing event thread from outside it: every half second it asks the EDT to answer.
 * A stall longer than 2 s is logged with a dump of all threads; an EDT frozen for 10 s ends the
 * JVM with {@link #FROZEN_EXIT}, which the service restarts on. While the EDT answers, the
 * heartbeat runs (the systemd watchdog's ping). Runs on a daemon thread of its own, which calls
 * {@link #check()} every probe; tests call it themselves, on a clock and an "EDT" of their own.
 */
public final class EdtWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(EdtWatchdog.class);

    /** Exit status for a frozen kiosk: anything but 0..2 and 10, so the service restarts it. */
    public static final int FROZEN_EXIT = 70;

    private static final long PROBE_MS = 500;

    private final AtomicLong stallsOver100ms = new AtomicLong();
    private final AtomicLong dumps = new AtomicLong();
    private final Runnable heartbeat;
    private final IntConsumer exit;
    private final long stallMs;
    private final long frozenMs;
    private final long probeMs;
    private final LongSupplier nanos;
    private final Executor edt;
    private final AtomicLong lastAnswer;
    private volatile boolean running = true;
    /** Only the watching thread (or a test's) touches it. */
    private boolean dumped;

    /**
     * @param heartbeat runs every probe while the EDT answers (may be a no-op)
     * @param exit      ends the JVM with a status (System::exit; a recorder in tests)
     */
    public EdtWatchdog(Runnable heartbeat, IntConsumer exit) {
        this(heartbeat, exit, 2_000, 10_000, PROBE_MS);
    }

    /** With other thresholds, on the system's clock and the real EDT. */
    public EdtWatchdog(Runnable heartbeat, IntConsumer exit, long stallMs, long frozenMs, long probeMs) {
        this(heartbeat, exit, stallMs, frozenMs, probeMs, System::nanoTime, EventQueue::invokeLater);
    }

    /**
     * With its own time and event thread (tests drive both by hand).
     *
     * @param nanos a monotonic time in nanoseconds ({@code System::nanoTime})
     * @param edt   runs the probe on the event thread ({@code EventQueue::invokeLater})
     */
    public EdtWatchdog(Runnable heartbeat, IntConsumer exit, long stallMs, long frozenMs, long probeMs,
                       LongSupplier nanos, Executor edt) {
        this.heartbeat = heartbeat;
        this.exit = exit;
        this.stallMs = stallMs;
        this.frozenMs = frozenMs;
        this.probeMs = probeMs;
        this.nanos = nanos;
        this.edt = edt;
        this.lastAnswer = new AtomicLong(nanos.getAsLong());
    }

    public void start() {
        Thread thread = new Thread(this::watch, "edt-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running = false;
    }

    /** EDT answers that took longer than 100 ms (for the soak's report). */
    public long stallsOver100ms() {
        return stallsOver100ms.get();
    }

    /** Thread dumps logged for stalls so far. */
    public long stallsReported() {
        return dumps.get();
    }

    private void watch() {
        while (running && check()) {
            try {
                Thread.sleep(probeMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One probe: judges how long the EDT has been silent (the heartbeat while it answers, a thread
     * dump once per stall, the exit when it is frozen), then asks it to answer again.
     *
     * @return false once the watchdog has asked to exit: there is nothing more to watch
     */
    public boolean check() {
        long silentMs = (nanos.getAsLong() - lastAnswer.get()) / 1_000_000;
        if (silentMs < stallMs) {
            dumped = false;
            heartbeat.run();
        } else if (silentMs >= frozenMs) {
            LOG.error("the event thread has been frozen for {} s; exiting with status {} so the service"
                    + " restarts the kiosk", silentMs / 1000, FROZEN_EXIT);
            running = false;
            exit.accept(FROZEN_EXIT);
            return false;
        } else if (!dumped) {
            dumped = true;
            dumps.incrementAndGet();
            LOG.warn("the event thread has not answered for {} ms; threads:\n{}", silentMs, threadDump());
        }
        long asked = nanos.getAsLong();
        edt.execute(() -> {
            long answered = nanos.getAsLong();
            if ((answered - asked) / 1_000_000 > 100) {
                stallsOver100ms.incrementAndGet();
            }
            lastAnswer.set(answered);
        });
        return true;
    }

    static String threadDump() {
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append(info.toString());
        }
        return dump.toString();
    }
}
