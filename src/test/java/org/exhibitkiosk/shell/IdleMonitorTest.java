package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.Instant;
import org.exhibitkiosk.ops.ManualClock;
import org.junit.jupiter.api.Test;

/** The idle clock: which events are a visitor, and which are a stuck or ghost touch. */
class IdleMonitorTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final IdleMonitor monitor = new IdleMonitor(clock);
    private final java.awt.Canvas source = new java.awt.Canvas();

    @Test
    void idleTimeCountsFromTheLastTouch() {
        clock.advance(Duration.ofSeconds(30));
        assertThat(monitor.idleFor()).isEqualTo(Duration.ofSeconds(30));

        monitor.eventDispatched(mouse(MouseEvent.MOUSE_PRESSED, 100, 100));
        clock.advance(Duration.ofSeconds(5));

        assertThat(monitor.idleFor()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void dragsAndWheelTurnsAreActivityButHoveringIsNot() {
        clock.advance(Duration.ofSeconds(10));
        monitor.eventDispatched(mouse(MouseEvent.MOUSE_DRAGGED, 100, 140));
        assertThat(monitor.idleFor()).isZero();

        clock.advance(Duration.ofSeconds(10));
        monitor.eventDispatched(mouse(MouseEvent.MOUSE_MOVED, 300, 300));
        monitor.eventDispatched(mouse(MouseEvent.MOUSE_ENTERED, 300, 300));
        assertThat(monitor.idleFor()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aStuckFingerDoesNotHoldTheSessionOpen() {
        monitor.eventDispatched(mouse(MouseEvent.MOUSE_PRESSED, 500, 500));
        clock.advance(Duration.ofMinutes(10));

        assertThat(monitor.idleFor()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aGhostTouchOnTheSameSpotStopsCountingAfterTwoMinutes() {
        for (int second = 0; second <= 180; second += 5) {
            monitor.eventDispatched(mouse(MouseEvent.MOUSE_PRESSED, 500 + second % 3, 500));
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(monitor.idleFor()).isGreaterThan(Duration.ofSeconds(50));

        monitor.eventDispatched(mouse(MouseEvent.MOUSE_PRESSED, 900, 200));
        assertThat(monitor.idleFor()).as("a press elsewhere is a visitor again").isZero();
    }

    private MouseEvent mouse(int id, int x, int y) {
        return new MouseEvent(source, id, 0, 0, x, y, x, y, 1, false, MouseEvent.BUTTON1);
    }
}
