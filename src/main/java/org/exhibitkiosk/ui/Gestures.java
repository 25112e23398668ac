package org.exhibitkiosk.ui;

import java.awt.Point;

/**
 * Something that takes drags: a swipe to turn a page, a drag to scroll. A tap's press that moves
 * beyond the tap tolerance is handed to the nearest such ancestor. Coordinates are on the screen.
 * EDT only.
 */
public interface Gestures {

    /** A tap is a press and release within this many design pixels of movement. */
    int TAP_TOLERANCE = 12;

    void dragStarted(Point start);

    void dragged(Point now);

    void dragEnded(Point end);
}
