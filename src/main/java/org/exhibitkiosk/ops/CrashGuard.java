package org.exhibitkiosk.ops;

import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.exhibitkiosk.concurrent.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught, on any thread: logs it with the thread's name, and sends the
 * visitor back to the attract loop, so a fault in one screen never leaves the kiosk dark or stuck.
 * The kiosk keeps running. Thread-safe.
 */
public final class CrashGuard implements Thread.UncaughtExceptionHandler, Failures, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrashGuard.class);

    private final AtomicLong uncaught = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Thread.UncaughtExceptionHandler previous;
    private volatile Runnable recover = () -> { };

    /** A guard that is not installed: errors reach it only when handed to it. */
    public CrashGuard() {
        this(null);
    }

    private CrashGuard(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
    }

    /** Installs the guard for every thread of the JVM, until {@link #close()}. */
    public static CrashGuard install() {
        CrashGuard guard = new CrashGuard(Thread.getDefaultUncaughtExceptionHandler());
        Thread.setDefaultUncaughtExceptionHandler(guard);
        return guard;
    }

    /** Puts back the handler that was there before, if the guard is still the one installed. */
    @Override
    public void close() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /** What brings the visitor back to a known screen (runs on the EDT). */
    public void onRecover(Runnable recover) {
        this.recover = recover;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        uncaught.incrementAndGet();
        lastError.set(summary(error));
        LOG.error("uncaught on thread '{}'; the visitor is sent back to the attract loop", thread.getName(), error);
        EventQueue.invokeLater(() -> {
            try {
                recover.run();
            } catch (RuntimeException again) {
                LOG.error("recovering from the error failed too", again);
            }
        });
    }

    /**
     * A failure of background work whose screen has already been put right: counted and logged like
     * an uncaught error, but the visitor stays where they are.
     */
    @Override
    public void report(Throwable error) {
        uncaught.incrementAndGet();
        lastError.set(summary(error));
        LOG.error("background work failed on its way to the screen; the screen was put right", error);
    }

    private static String summary(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
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
