package org.exhibitkiosk.ops;

import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught, on any thread: logs it with the thread's name, and sends the
 * visitor back to the attract loop, so a fault in one screen never leaves the kiosk dark or stuck.
 * The kiosk keeps running. Thread-safe.
 */
public final class CrashGuard implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashGuard.class);

    private final AtomicLong uncaught = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile Runnable recover = () -> { };

    /** Installs the guard for every thread of the JVM. */
    public static CrashGuard install() {
        CrashGuard guard = new CrashGuard();
        Thread.setDefaultUncaughtExceptionHandler(guard);
        return guard;
    }

    /** What brings the visitor back to a known screen (runs on the EDT). */
    public void onRecover(Runnable recover) {
        this.recover = recover;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        uncaught.incrementAndGet();
        String summary = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        lastError.set(summary);
        LOG.error("uncaught on thread '{}'; the visitor is sent back to the attract loop", thread.getName(), error);
        EventQueue.invokeLater(() -> {
            try {
                recover.run();
            } catch (RuntimeException again) {
                LOG.error("recovering from the error failed too", again);
            }
        });
    }

    /** How many errors reached the guard since the start. */
    public long uncaughtCount() {
        return uncaught.get();
    }

    /** The last one, in one line; null when there was none. */
    public String lastError() {
        return lastError.get();
    }
}
