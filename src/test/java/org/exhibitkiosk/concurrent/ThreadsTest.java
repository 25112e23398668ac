package org.exhibitkiosk.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work that finishes on the EDT: its value reaches the screen; its failure is put right and reported once. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadsTest {

    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Test
    void aValueIsShownOnTheEdtAndNothingIsReported() throws Exception {
        CompletableFuture<String> done = Threads.thenOnEdt(CompletableFuture.supplyAsync(() -> "ready"),
                reported::add, value -> seen.add(value + (EventQueue.isDispatchThread() ? " on the EDT" : "")),
                error -> seen.add("failed"));

        assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo("ready");
        assertThat(seen).containsExactly("ready on the EDT");
        assertThat(reported).isEmpty();
    }

    @Test
    void failedWorkPutsTheControlRightOnTheEdtAndReachesTheFailures() throws Exception {
        IllegalStateException broken = new IllegalStateException("the queue is gone");
        CompletableFuture<String> work = CompletableFuture.supplyAsync(() -> {
            throw broken;
        });

        CompletableFuture<String> done = Threads.thenOnEdt(work, reported::add, value -> seen.add(value),
                error -> seen.add("restored after " + error.getMessage()
                        + (EventQueue.isDispatchThread() ? " on the EDT" : "")));

        assertThat(failureOf(done)).isSameAs(broken);
        assertThat(seen).containsExactly("restored after the queue is gone on the EDT");
        assertThat(reported).containsExactly(broken);
    }

    @Test
    void anExceptionInTheEdtStepItselfIsTreatedAsAFailure() throws Exception {
        CompletableFuture<String> done = Threads.thenOnEdt(CompletableFuture.completedFuture("x"), reported::add,
                value -> {
                    throw new IllegalArgumentException("the screen could not show " + value);
                }, error -> seen.add("restored: " + error.getMessage()));

        assertThat(failureOf(done)).hasMessage("the screen could not show x");
        assertThat(seen).containsExactly("restored: the screen could not show x");
        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessage("the screen could not show x"));
    }

    @Test
    void aFailureHandedOnToASecondStepIsReportedOnlyOnce() throws Exception {
        CompletableFuture<String> work = CompletableFuture.failedFuture(new IllegalStateException("unreadable"));
        CompletableFuture<String> first = Threads.thenOnEdt(work, reported::add, value -> { },
                error -> seen.add("first: " + error.getMessage()));
        CompletableFuture<String> second = Threads.thenOnEdt(first.thenApply(v -> v + "!"), reported::add,
                value -> { }, error -> seen.add("second: " + error.getMessage()));

        failureOf(second);
        assertThat(seen).containsExactly("first: unreadable", "second: unreadable");
        assertThat(reported).hasSize(1);
    }

    @Test
    void oneLineFindsTheFirstMessageDownTheCauses() {
        Throwable wrapped = new CompletionException(new RuntimeException(
                new IllegalStateException("printer 'kiosk' does not exist\nsecond line")));

        assertThat(Failures.oneLine(wrapped)).isEqualTo("java.lang.IllegalStateException: printer 'kiosk' does not exist");
        assertThat(Failures.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }

    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the future completed normally");
    }
}
