package org.exhibitkiosk.concurrent;

import java.awt.EventQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executor;

/**
 * The kiosk's threading rules in one place, as named executors: Swing work runs {@link #ON_EDT};
 * file reading and validation {@link #ON_LOADER}. Background threads are daemons, so they never
 * keep a closing kiosk alive. Use them with CompletableFuture:
 * <pre>
 * CompletableFuture.supplyAsync(() -> loader.load(dir), Threads.ON_LOADER)
 *     .thenAcceptAsync(this::show, Threads.ON_EDT);
 * </pre>
 */
public final class Threads {

    /** Runs on the Swing event dispatch thread. */
    public static final Executor ON_EDT = EventQueue::invokeLater;

    /** Reads and validates content and config, one load at a time. */
    public static final ExecutorService ON_LOADER = Executors.newSingleThreadExecutor(named("content-loader"));

    /** Builds summaries and talks to the printer, one job at a time, so jobs never interleave. */
    public static final ExecutorService ON_PRINTER = Executors.newSingleThreadExecutor(named("printer"));

    /** Short background work that must not wait behind a content load (checking a PIN). */
    public static final ExecutorService ON_WORKER = Executors.newCachedThreadPool(named("worker"));

    private Threads() {
    }

    /** Fails fast where code that must run on the EDT is called from elsewhere. */
    public static void assertEdt() {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("must run on the event dispatch thread, not " + Thread.currentThread());
        }
    }

    /** Fails fast where blocking work is called on the EDT. */
    public static void assertNotEdt() {
        if (EventQueue.isDispatchThread()) {
            throw new IllegalStateException("file, printer and network work must not run on the event dispatch thread");
        }
    }

    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
