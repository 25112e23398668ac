package org.exhibitkiosk.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * A label the map wants to show and what it labels. Immutable.
 *
 * @param key      unique on one map, for tests and logs ("place:ID", "movement:ID")
 * @param lines    the text, already wrapped
 * @param style    how it is set
 * @param color    the colour of its letters
 * @param anchor   what it names
 * @param priority higher is placed first and gives way last
 * @param required whether leaving it out loses something the visitor needs (a place of the day)
 */
public record Label(String key, List<String> lines, TextStyle style, Color color, Anchor anchor, int priority,
                    boolean required) {

    public Label {
        lines = List.copyOf(lines);
    }

    /** What a label names, which decides where it may go. */
    public sealed interface Anchor {
    }

    /**
     * A point with a symbol: the label goes beside it, or further away with a leader line.
     *
     * @param clearance the symbol's radius and a gap: how far the label keeps from the point
     */
    public record PointAnchor(Point2D at, double clearance) implements Anchor {
    }

    /**
     * A line (a river, a ridge, an arrow): the label goes beside it, preferably near the middle.
     *
     * @param clearance how far the label keeps from the line
     * @param leader    whether the label may stand away from the line with a leader when nothing near fits
     */
    public record LineAnchor(List<Point2D> line, double clearance, boolean leader) implements Anchor {
        public LineAnchor {
            line = List.copyOf(line);
        }
    }

    /**
     * An area: a region's name goes inside it, a movement's outside it with a leader if needed.
     *
     * @param inside whether the label belongs inside the area (a region) or around it (a movement)
     */
    public record AreaAnchor(Shape area, boolean inside) implements Anchor {
    }
}
