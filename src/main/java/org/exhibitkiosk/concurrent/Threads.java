package org.exhibitkiosk.concurrent;

import java.awt.EventQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The kiosk's threading rules in one place. Swing work runs on the EDT; file reading and
 * validation {@link #ON_LOADER}; summaries and printers {@link #ON_PRINTER}. Background threads are
 * daemons, so they never keep a closing kiosk alive. Work that ends on the EDT ends through
 * {@link #thenOnEdt}, which always has a failure path:
 * <pre>
 * Threads.thenOnEdt(CompletableFuture.supplyAsync(() -> loader.load(dir), Threads.ON_LOADER), failures,
 *         this::show, error -> { button.setEnabled(true); status.setText(Failures.oneLine(error)); });
 * </pre>
 * The raw form ({@code thenAcceptAsync(..., onEdt)}) is refused by the architecture tests.
 */
public final class Threads {

    /** Runs on the Swing event dispatch thread. */
    private static final Executor ON_EDT = EventQueue::invokeLater;

    /** Reads and validates content and config, one load at a time. */
    public static final ExecutorService ON_LOADER = Executors.newSingleThreadExecutor(named("content-loader"));

    /** Builds summaries and talks to the printer, one job at a time, so jobs never interleave. */
    public static final ExecutorService ON_PRINTER = Executors.newSingleThreadExecutor(named("printer"));

    /** Short background work that must not wait behind a content load (checking a PIN, drawing a map). */
    public static final ExecutorService ON_WORKER = Executors.newCachedThreadPool(named("worker"));

    private Threads() {
    }

    /**
     * Finishes background work on the EDT. When {@code work} completes, {@code onSuccess} runs on the
     * EDT with its value. When the work failed, or {@code onSuccess} threw, {@code onFailure} runs on
     * the EDT with the cause, to put the screen right (enable the button again, say what failed),
     * and then the cause goes to {@code failures} (the crash guard). A failure that an earlier
     * {@code thenOnEdt} already reported reaches {@code onFailure} but is not reported twice.
     *
     * @return completes after the EDT step: with the work's value, or exceptionally with the failure
     */
    public static <T> CompletableFuture<T> thenOnEdt(CompletionStage<T> work, Failures failures,
                                                     Consumer<? super T> onSuccess,
                                                     Consumer<? super Throwable> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        work.whenComplete((value, error) -> ON_EDT.execute(() -> {
            Throwable failure = unwrap(error);
            if (failure == null) {
                try {
                    onSuccess.accept(value);
                    done.complete(value);
                    return;
                } catch (RuntimeException | LinkageError | AssertionError e) {
                    failure = e;
                }
            }
            boolean reported = failure instanceof Reported;
            Throwable cause = reported ? failure.getCause() : failure;
            try {
                onFailure.accept(cause);
            } catch (RuntimeException again) {
                cause.addSuppressed(again);
            }
            if (!reported) {
                failures.report(cause);
            }
            done.completeExceptionally(reported ? failure : new Reported(cause));
        }));
        return done;
    }

    /** Runs {@code work} on the EDT later. */
    public static void onEdt(Runnable work) {
        ON_EDT.execute(work);
    }

    /**
     * Asks the EDT for a value and waits at most {@code timeout} (the health report asks a kiosk
     * whose event thread may be stuck). Never call on the EDT.
     */
    public static <T> T askEdt(Supplier<T> question, long timeout, TimeUnit unit) throws TimeoutException {
        assertNotEdt();
        try {
            return CompletableFuture.supplyAsync(question, ON_EDT).get(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event thread", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(Failures.oneLine(e.getCause()), e.getCause());
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && !(t instanceof Reported)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A failure already reported by a {@link #thenOnEdt} step, handed on to the next one. */
    private static final class Reported extends CompletionException {
        Reported(Throwable cause) {
            super(cause);
        }
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
