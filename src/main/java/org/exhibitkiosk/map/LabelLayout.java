package org.exhibitkiosk.map;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * Where each label went, and which could not go anywhere. Immutable.
 *
 * @param placed  the labels shown, each in its box
 * @param dropped the labels left out because nothing fitted
 */
public record LabelLayout(List<Placed> placed, List<Label> dropped) {

    public LabelLayout {
        placed = List.copyOf(placed);
        dropped = List.copyOf(dropped);
    }

    public Optional<Placed> find(String key) {
        return placed.stream().filter(p -> p.label().key().equals(key)).findFirst();
    }

    /**
     * A label in its box.
     *
     * @param label  the label
     * @param box    the rectangle its lines fill
     * @param leader a line from the box to what it names, or null when the label stands beside it
     */
    public record Placed(Label label, Rectangle2D box, Line2D leader) {

        public boolean hasLeader() {
            return leader != null;
        }

        /** Where the leader touches what the label names, or null. */
        public Point2D leaderEnd() {
            return leader == null ? null : leader.getP2();
        }
    }
}
