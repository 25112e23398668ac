package org.exhibitkiosk.app;

import java.util.ArrayList;
import java.util.List;
import javax.swing.RepaintManager;

/**
 * Times Swing's paints for the benchmark: each pass of the repaint manager is one frame; its
 * start and end are kept while recording is on. EDT only (the repaint manager runs there).
 */
final class FrameTimer extends RepaintManager {

    private final List<long[]> frames = new ArrayList<>();
    private volatile boolean recording;
    private volatile long lastPaintEnd;

    @Override
    public void paintDirtyRegions() {
        long start = System.nanoTime();
        super.paintDirtyRegions();
        long end = System.nanoTime();
        lastPaintEnd = end;
        if (recording) {
            synchronized (frames) {
                frames.add(new long[] {start, end});
            }
        }
    }

    /** When the latest paint ended (System.nanoTime). */
    long lastPaintEnd() {
        return lastPaintEnd;
    }

    void start() {
        synchronized (frames) {
            frames.clear();
        }
        recording = true;
    }

    /** The frames painted since {@link #start()}: [start, end] in nanoseconds. */
    List<long[]> stop() {
        recording = false;
        synchronized (frames) {
            return new ArrayList<>(frames);
        }
    }
}
