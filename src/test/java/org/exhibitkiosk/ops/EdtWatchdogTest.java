package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A frozen event thread is reported, and if it stays frozen the kiosk exits to be restarted. */
class EdtWatchdogTest {

    @Test
    void aStallIsReportedAndAFreezeEndsTheKioskWithTheRestartStatus() throws Exception {
        AtomicInteger status = new AtomicInteger(-1);
        CountDownLatch exited = new CountDownLatch(1);
        AtomicInteger heartbeats = new AtomicInteger();
        EdtWatchdog watchdog = new EdtWatchdog(heartbeats::incrementAndGet, code -> {
            status.set(code);
            exited.countDown();
        }, 300, 1_200, 100);
        watchdog.start();
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertThat(waitFor(() -> heartbeats.get() > 0)).as("heartbeats while the EDT answers").isTrue();

            // Freeze the event thread until the watchdog has given up on it.
            EventQueue.invokeLater(() -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(status.get()).isEqualTo(EdtWatchdog.FROZEN_EXIT);
            assertThat(watchdog.stallsReported()).isEqualTo(1);
        } finally {
            release.countDown();
            watchdog.stop();
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            never.await(50, TimeUnit.MILLISECONDS);
        }
        return condition.getAsBoolean();
    }
}
