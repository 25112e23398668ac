package org.exhibitkiosk.map;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places labels so that none overlaps another, a symbol, a leader line, a drawn line (a movement's
 * arrow or outline, a river, a ridge, a region's edge), a crossing of two drawn lines or the map's
 * furniture (legend, scale, north arrow), and none leaves the frame; and so
 * that none misleads: a label keeps well away from every symbol but its own, a place's name is
 * nearer its own symbol than any other, and two labels on one line of text stand far enough
 * apart not to read as one name.
 * <p>
 * The algorithm: every label gets candidate boxes around what it names, each with a cost (the
 * cartographer's preference: right of a point before left, above before below, the middle of a
 * line before its ends; farther positions with a leader line cost more, and a leader is never longer
 * than {@link #MAX_LEADER} lines of its label's text; a leader crossing a drawn line costs more).
 * Candidates that break a hard rule against fixed obstacles are discarded. Labels are then
 * placed greedily, highest priority first and, among equals, the most constrained first, each in
 * its cheapest free candidate. When a label finds none free, a repair step tries to move the
 * labels in its way to other free candidates of theirs (nothing is lost by a move); if that fails and
 * the label is required, the optional labels in its way give way to it. Only a label for which no
 * candidate can be freed is dropped, and reported. Deterministic. Stateless; thread-safe.
 */
public final class LabelPlacer {

    /**
     * The longest leader, in line heights of its label: a name farther from its place than this
     * reads as another place's, so the label is left out instead.
     */
    public static final double MAX_LEADER = 6;
    /** Rings of leader positions tried after the positions beside a point, each 0.6 lines farther. */
    private static final int LEADER_RINGS = 10;
    private static final double RING_STEP = 0.6;
    private static final int LEADER_ANGLES = 32;
    private static final double LEADER_COST = 6;
    /** What a leader costs for each drawn line it crosses. */
    private static final double LEADER_CROSSING_COST = 2;
    /** What a label costs for each piece of a soft line (a region's edge, a ridge) it crosses. */
    private static final double SOFT_LINE_COST = 0.4;

    /**
     * What labels must keep clear of.
     *
     * @param frame     labels stay inside it
     * @param blocked   rectangles no label may touch: furniture, arrow heads
     * @param points    the symbols of places, each with the key of the label that names it
     * @param strokes   the drawn lines: no label touches one
     * @param crossings where two drawn lines cross: no label covers one
     * @param padding   the gap kept between labels, and between a label and what blocks it
     * @param pointGap  the gap a label keeps from a symbol it does not name
     */
    public record Obstacles(Rectangle2D frame, List<Rectangle2D> blocked, List<Point> points, List<Stroke> strokes,
                            List<Point2D> crossings, double padding, double pointGap) {
        public Obstacles {
            blocked = List.copyOf(blocked);
            points = List.copyOf(points);
            strokes = List.copyOf(strokes);
            crossings = List.copyOf(crossings);
        }
    }

    /**
     * A line drawn on the map, which labels keep clear of.
     *
     * @param line  its points, in order
     * @param reach how far its ink reaches either side of the line (half its width, its halo, hachures)
     * @param hard  true for a line no label may touch (a movement's arrow or outline, a river); false
     *              for one a label may cross at a cost (a region's edge, a ridge)
     */
    public record Stroke(List<Point2D> line, double reach, boolean hard) {
        public Stroke {
            line = List.copyOf(line);
        }
    }

    /**
     * A place's symbol on the map.
     *
     * @param labelKey the key of the label that names it
     * @param at       its centre
     * @param radius   how far it reaches from its centre
     */
    public record Point(String labelKey, Point2D at, double radius) {
    }

    /**
     * The gap two labels keep side by side, as a share of the taller one's line height: more than a
     * word space, so that two names never read as one.
     */
    public static final double SIDE_GAP = 0.8;

    /** The gap two labels keep one above the other, as a share of the taller one's line height. */
    public static final double STACK_GAP = 0.3;

    private record Candidate(Rectangle2D box, Line2D leader, double cost) {
    }

    private record Entry(Label label, List<Candidate> candidates, double lineHeight) {
    }

    public LabelLayout place(List<Label> labels, TextMeasure measure, Obstacles obstacles) {
        StrokeGrid strokes = new StrokeGrid(obstacles.strokes(), 48);
        List<Entry> entries = new ArrayList<>();
        for (Label label : labels) {
            Size size = size(label, measure);
            double longest = MAX_LEADER * measure.lineHeight(label.style());
            List<Candidate> candidates = new ArrayList<>();
            for (Candidate c : candidates(label, size, obstacles, measure)) {
                if (c.leader() != null && length(c.leader()) > longest) {
                    continue;
                }
                if (fitsFixed(label, c, obstacles)) {
                    int soft = strokes.touches(c.box());
                    if (soft < 0) {
                        continue;
                    }
                    double crossed = c.leader() == null ? 0 : strokes.crossings(c.leader()) * LEADER_CROSSING_COST;
                    candidates.add(new Candidate(c.box(), c.leader(), c.cost() + crossed + soft * SOFT_LINE_COST));
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::cost));
            entries.add(new Entry(label, candidates, measure.lineHeight(label.style())));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.label().priority())
                .thenComparing(e -> !e.label().required())
                .thenComparingInt(e -> e.candidates().size())
                .thenComparing(e -> e.label().key()));

        Map<Entry, Candidate> placed = new LinkedHashMap<>();
        List<Entry> dropped = new ArrayList<>();
        for (Entry entry : entries) {
            if (!placeOne(entry, placed, obstacles.padding())) {
                dropped.add(entry);
            }
        }
        // Labels that gave way to required ones may fit elsewhere now.
        List<Entry> stillDropped = new ArrayList<>();
        for (Entry entry : dropped) {
            Candidate free = firstFree(entry, placed, obstacles.padding());
            if (free != null) {
                placed.put(entry, free);
            } else {
                stillDropped.add(entry);
            }
        }
        List<LabelLayout.Placed> result = new ArrayList<>();
        for (Entry entry : entries) {
            Candidate c = placed.get(entry);
            if (c != null) {
                result.add(new LabelLayout.Placed(entry.label(), c.box(), c.leader()));
            }
        }
        return new LabelLayout(result, stillDropped.stream().map(Entry::label).toList());
    }

    private boolean placeOne(Entry entry, Map<Entry, Candidate> placed, double padding) {
        Candidate free = firstFree(entry, placed, padding);
        if (free != null) {
            placed.put(entry, free);
            return true;
        }
        // Repair: move the labels in the way, if each has somewhere else to go (for a required
        // label, even by moving the labels in their way in turn).
        if (relocate(entry, placed, padding, entry.label().required() ? 2 : 1, new ArrayList<>())) {
            return true;
        }
        if (!entry.label().required()) {
            return false;
        }
        // A required label: optional labels in its way give way, the fewest and least important first.
        Candidate best = null;
        List<Entry> bestBlockers = null;
        int bestWeight = Integer.MAX_VALUE;
        for (Candidate wanted : entry.candidates()) {
            List<Entry> blockers = blockers(entry, wanted, placed, padding);
            if (blockers.stream().anyMatch(b -> b.label().required())) {
                continue;
            }
            int weight = blockers.stream().mapToInt(b -> b.label().priority() + 1).sum();
            if (weight < bestWeight) {
                best = wanted;
                bestBlockers = blockers;
                bestWeight = weight;
            }
        }
        if (best == null) {
            return false;
        }
        bestBlockers.forEach(placed::remove);
        placed.put(entry, best);
        return true;
    }

    /**
     * Puts a label in a free candidate of its, or, up to {@code depth} moves deep, in one whose
     * labels in the way (at most two, none of them {@code fixed}) can each go elsewhere. Changes
     * {@code placed} only when it succeeds.
     */
    private boolean relocate(Entry entry, Map<Entry, Candidate> placed, double padding, int depth,
                             List<Entry> fixed) {
        Candidate free = firstFree(entry, placed, padding);
        if (free != null) {
            placed.put(entry, free);
            return true;
        }
        if (depth == 0) {
            return false;
        }
        List<Entry> pinned = new ArrayList<>(fixed);
        pinned.add(entry);
        for (Candidate wanted : entry.candidates()) {
            List<Entry> blockers = blockers(entry, wanted, placed, padding);
            if (blockers.size() > 2 || blockers.stream().anyMatch(fixed::contains)) {
                continue;
            }
            Map<Entry, Candidate> trial = new LinkedHashMap<>(placed);
            blockers.forEach(trial::remove);
            trial.put(entry, wanted);
            boolean moved = true;
            for (Entry blocker : blockers) {
                if (!relocate(blocker, trial, padding, depth - 1, pinned)) {
                    moved = false;
                    break;
                }
            }
            if (moved) {
                placed.clear();
                placed.putAll(trial);
                return true;
            }
        }
        return false;
    }

    private Candidate firstFree(Entry entry, Map<Entry, Candidate> placed, double padding) {
        for (Candidate candidate : entry.candidates()) {
            if (blockers(entry, candidate, placed, padding).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Entry> blockers(Entry entry, Candidate candidate, Map<Entry, Candidate> placed,
                                        double padding) {
        List<Entry> blockers = new ArrayList<>();
        Rectangle2D padded = grow(candidate.box(), padding);
        for (Map.Entry<Entry, Candidate> other : placed.entrySet()) {
            if (other.getKey() == entry) {
                continue;
            }
            Candidate c = other.getValue();
            double line = Math.max(entry.lineHeight(), other.getKey().lineHeight());
            Rectangle2D apart = grow(candidate.box(), Math.max(padding, SIDE_GAP * line),
                    Math.max(padding, STACK_GAP * line));
            boolean clash = apart.intersects(c.box())
                    || (c.leader() != null && padded.intersectsLine(c.leader()))
                    || (candidate.leader() != null && grow(c.box(), padding).intersectsLine(candidate.leader()))
                    || (candidate.leader() != null && c.leader() != null
                        && candidate.leader().intersectsLine(c.leader()));
            if (clash) {
                blockers.add(other.getKey());
            }
        }
        return blockers;
    }

    private static boolean fitsFixed(Label label, Candidate candidate, Obstacles obstacles) {
        Rectangle2D inner = new Rectangle2D.Double(obstacles.frame().getX() + obstacles.padding(),
                obstacles.frame().getY() + obstacles.padding(), obstacles.frame().getWidth() - 2 * obstacles.padding(),
                obstacles.frame().getHeight() - 2 * obstacles.padding());
        if (!inner.contains(candidate.box())) {
            return false;
        }
        Rectangle2D padded = grow(candidate.box(), obstacles.padding());
        for (Rectangle2D blocked : obstacles.blocked()) {
            if (padded.intersects(blocked)) {
                return false;
            }
            if (candidate.leader() != null && shrink(blocked, 1).intersectsLine(candidate.leader())) {
                return false;
            }
        }
        Point own = null;
        for (Point point : obstacles.points()) {
            if (point.labelKey().equals(label.key())) {
                own = point;
            }
        }
        for (Point point : obstacles.points()) {
            boolean mine = point == own;
            // A name that stands away from its place on a leader keeps further from the others still.
            double gap = mine ? obstacles.padding()
                    : candidate.leader() != null ? 1.5 * obstacles.pointGap() : obstacles.pointGap();
            if (distance(candidate.box(), point.at()) < point.radius() + gap) {
                return false;
            }
            if (!mine && candidate.leader() != null
                    && candidate.leader().ptSegDist(point.at()) < point.radius() + obstacles.padding()) {
                return false;
            }
            // A name beside a symbol must be nearer its own than any other, or it names the wrong place.
            if (!mine && own != null && candidate.leader() == null
                    && distance(candidate.box(), point.at()) - point.radius()
                    <= distance(candidate.box(), own.at()) - own.radius() + obstacles.padding()) {
                return false;
            }
        }
        for (Point2D crossing : obstacles.crossings()) {
            if (distance(candidate.box(), crossing) < obstacles.pointGap() / 2) {
                return false;
            }
        }
        return true;
    }

    /** How far a point is from a box: 0 inside it. */
    static double distance(Rectangle2D box, Point2D p) {
        double dx = Math.max(0, Math.max(box.getMinX() - p.getX(), p.getX() - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - p.getY(), p.getY() - box.getMaxY()));
        return Math.hypot(dx, dy);
    }

    private static double length(Line2D line) {
        return line.getP1().distance(line.getP2());
    }

    /** The segments of drawn lines bucketed in square cells, to test a box against those near it only. */
    private static final class StrokeGrid {
        private record Segment(Line2D line, double reach, boolean hard) {
        }

        private final Map<Long, List<Segment>> cells = new HashMap<>();
        private final double cell;
        private double reach;

        StrokeGrid(List<Stroke> strokes, double cell) {
            this.cell = cell;
            for (Stroke stroke : strokes) {
                reach = Math.max(reach, stroke.reach());
                List<Point2D> line = stroke.line();
                for (int i = 1; i < line.size(); i++) {
                    Segment segment = new Segment(new Line2D.Double(line.get(i - 1), line.get(i)), stroke.reach(),
                            stroke.hard());
                    Rectangle2D b = segment.line().getBounds2D();
                    for (int cx = cell(b.getMinX()); cx <= cell(b.getMaxX()); cx++) {
                        for (int cy = cell(b.getMinY()); cy <= cell(b.getMaxY()); cy++) {
                            cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(segment);
                        }
                    }
                }
            }
        }

        /** -1 when a hard line's ink touches the box; else how many pieces of soft lines do. */
        int touches(Rectangle2D box) {
            int soft = 0;
            for (Segment segment : near(grow(box, reach))) {
                if (grow(box, segment.reach()).intersectsLine(segment.line())) {
                    if (segment.hard()) {
                        return -1;
                    }
                    soft++;
                }
            }
            return soft;
        }

        /** How many segments of drawn lines a leader crosses. */
        int crossings(Line2D leader) {
            int count = 0;
            for (Segment segment : near(leader.getBounds2D())) {
                if (segment.line().intersectsLine(leader)) {
                    count++;
                }
            }
            return count;
        }

        /** The segments in the cells the box covers, each once. */
        private Set<Segment> near(Rectangle2D box) {
            Set<Segment> found = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int cx = cell(box.getMinX()); cx <= cell(box.getMaxX()); cx++) {
                for (int cy = cell(box.getMinY()); cy <= cell(box.getMaxY()); cy++) {
                    found.addAll(cells.getOrDefault(key(cx, cy), List.of()));
                }
            }
            return found;
        }

        private int cell(double v) {
            return (int) Math.floor(v / cell);
        }

        private static long key(int x, int y) {
            return ((long) x << 32) ^ (y & 0xffffffffL);
        }
    }

    // ---- candidates ----

    private record Size(double width, double height) {
    }

    private static Size size(Label label, TextMeasure measure) {
        double width = 0;
        for (String line : label.lines()) {
            width = Math.max(width, measure.textWidth(line, label.style()));
        }
        return new Size(Math.ceil(width), Math.ceil(measure.lineHeight(label.style()) * label.lines().size()));
    }

    private static List<Candidate> candidates(Label label, Size size, Obstacles obstacles, TextMeasure measure) {
        if (label.anchor() instanceof Label.PointAnchor point) {
            return aroundPoint(point.at(), point.clearance(), size, 0, lineHeight(label, measure));
        } else if (label.anchor() instanceof Label.LineAnchor line) {
            return alongLine(line, size, obstacles.frame(), lineHeight(label, measure));
        } else if (label.anchor() instanceof Label.AreaAnchor area) {
            return area.inside() ? insideArea(area.area(), size, obstacles.frame())
                    : aroundArea(area.area(), size, obstacles.frame(), lineHeight(label, measure));
        }
        throw new IllegalStateException("unknown anchor " + label.anchor());
    }

    /** Eight positions beside a point, in order of preference, then rings farther out with leaders. */
    private static double lineHeight(Label label, TextMeasure measure) {
        return measure.lineHeight(label.style());
    }

    private static List<Candidate> aroundPoint(Point2D at, double d, Size s, double extraCost, double line) {
        List<Candidate> out = new ArrayList<>();
        double x = at.getX();
        double y = at.getY();
        double w = s.width();
        double h = s.height();
        double diagonal = d * 0.75;
        out.add(candidate(x + d, y - h / 2, w, h, null, extraCost));                     // right
        out.add(candidate(x + diagonal, y - diagonal - h, w, h, null, extraCost + 0.3));  // above right
        out.add(candidate(x + diagonal, y + diagonal, w, h, null, extraCost + 0.5));      // below right
        out.add(candidate(x - d - w, y - h / 2, w, h, null, extraCost + 0.8));            // left
        out.add(candidate(x - diagonal - w, y - diagonal - h, w, h, null, extraCost + 1.0)); // above left
        out.add(candidate(x - diagonal - w, y + diagonal, w, h, null, extraCost + 1.2));  // below left
        out.add(candidate(x - w / 2, y - d - h, w, h, null, extraCost + 1.4));            // above
        out.add(candidate(x - w / 2, y + d, w, h, null, extraCost + 1.6));                // below
        for (int ring = 1; ring <= LEADER_RINGS; ring++) {
            double radius = d + ring * line * RING_STEP;
            for (int i = 0; i < LEADER_ANGLES; i++) {
                double angle = 2 * Math.PI * i / LEADER_ANGLES;
                // The box's edge, not its centre, stands at the radius: a wide label keeps a short leader.
                double cx = x + Math.cos(angle) * radius + Math.signum(Math.round(Math.cos(angle) * 1e6)) * w / 2;
                double cy = y - Math.sin(angle) * radius - Math.signum(Math.round(Math.sin(angle) * 1e6)) * h / 2;
                Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
                double cost = extraCost + LEADER_COST + ring + (Math.sin(angle) < 0 ? 0.5 : 0);
                out.add(new Candidate(box, leaderTo(box, at, d), cost));
            }
        }
        return out;
    }

    /** Beside a line at points along it, near the middle first; then, if allowed, with leaders. */
    private static List<Candidate> alongLine(Label.LineAnchor anchor, Size s, Rectangle2D frame, double lineHeight) {
        List<Point2D> line = anchor.line();
        List<Candidate> out = new ArrayList<>();
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += line.get(i).distance(line.get(i - 1));
        }
        if (length == 0) {
            return out;
        }
        double d = anchor.clearance();
        for (int step = 1; step < 20; step++) {
            double f = step / 20.0;
            Point2D at = pointAlong(line, length * f);
            if (!frame.contains(at)) {
                continue;
            }
            double cost = Math.abs(f - 0.5) * 3;
            double w = s.width();
            double h = s.height();
            out.add(candidate(at.getX() - w / 2, at.getY() - d - h, w, h, null, cost));
            out.add(candidate(at.getX() - w / 2, at.getY() + d, w, h, null, cost + 0.2));
            out.add(candidate(at.getX() + d, at.getY() - h / 2, w, h, null, cost + 0.4));
            out.add(candidate(at.getX() - d - w, at.getY() - h / 2, w, h, null, cost + 0.6));
        }
        if (anchor.leader()) {
            for (double f : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9}) {
                Point2D at = pointAlong(line, length * f);
                if (frame.contains(at)) {
                    for (Candidate c : aroundPoint(at, d, s, Math.abs(f - 0.5) * 3, lineHeight)) {
                        if (c.leader() != null) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Inside an area, on a grid, nearest the middle of its visible part first. */
    private static List<Candidate> insideArea(Shape area, Size s, Rectangle2D frame) {
        Rectangle2D visible = area.getBounds2D().createIntersection(frame);
        List<Candidate> out = new ArrayList<>();
        if (visible.isEmpty()) {
            return out;
        }
        double step = Math.max(8, s.height() / 2);
        List<Point2D> centres = new ArrayList<>();
        for (double y = visible.getMinY() + s.height() / 2; y <= visible.getMaxY() - s.height() / 2; y += step) {
            for (double x = visible.getMinX() + s.width() / 2; x <= visible.getMaxX() - s.width() / 2; x += step) {
                Rectangle2D box = new Rectangle2D.Double(x - s.width() / 2, y - s.height() / 2, s.width(), s.height());
                if (area.contains(box)) {
                    centres.add(new Point2D.Double(x, y));
                }
            }
        }
        if (centres.isEmpty()) {
            return out;
        }
        double mx = centres.stream().mapToDouble(Point2D::getX).average().orElse(0);
        double my = centres.stream().mapToDouble(Point2D::getY).average().orElse(0);
        double scale = Math.max(visible.getWidth(), visible.getHeight());
        for (Point2D c : centres) {
            out.add(candidate(c.getX() - s.width() / 2, c.getY() - s.height() / 2, s.width(), s.height(), null,
                    3 * c.distance(mx, my) / scale));
        }
        return out;
    }

    /** Around an area: beside its bounds, then farther out with a leader to its edge. */
    private static List<Candidate> aroundArea(Shape area, Size s, Rectangle2D frame, double line) {
        Rectangle2D b = area.getBounds2D().createIntersection(frame);
        if (b.isEmpty()) {
            return List.of();
        }
        double w = s.width();
        double h = s.height();
        double gap = 4;
        List<Candidate> out = new ArrayList<>();
        // Part of the area may be out of view: boxes beside it are pushed back into the frame.
        out.add(intoFrame(candidate(b.getCenterX() - w / 2, b.getMinY() - gap - h, w, h, null, 0), frame, area));
        out.add(intoFrame(candidate(b.getCenterX() - w / 2, b.getMaxY() + gap, w, h, null, 0.2), frame, area));
        out.add(intoFrame(candidate(b.getMaxX() + gap, b.getCenterY() - h / 2, w, h, null, 0.3), frame, area));
        out.add(intoFrame(candidate(b.getMinX() - gap - w, b.getCenterY() - h / 2, w, h, null, 0.5), frame, area));
        out.add(candidate(b.getCenterX() - w / 2, b.getMaxY() + gap, w, h, null, 0.2));
        out.add(candidate(b.getMaxX() + gap, b.getCenterY() - h / 2, w, h, null, 0.3));
        out.add(candidate(b.getMinX() - gap - w, b.getCenterY() - h / 2, w, h, null, 0.5));
        out.add(candidate(b.getMaxX() + gap, b.getMinY() - gap - h, w, h, null, 0.7));
        out.add(candidate(b.getMinX() - gap - w, b.getMinY() - gap - h, w, h, null, 0.8));
        out.add(candidate(b.getMaxX() + gap, b.getMaxY() + gap, w, h, null, 0.9));
        out.add(candidate(b.getMinX() - gap - w, b.getMaxY() + gap, w, h, null, 1.0));
        for (Candidate inside : insideArea(area, s, frame)) {
            out.add(new Candidate(inside.box(), null, inside.cost() + LEADER_COST * 3));
        }
        out.removeIf(c -> c == null);
        Point2D centre = new Point2D.Double(b.getCenterX(), b.getCenterY());
        double reach = Math.max(b.getWidth(), b.getHeight()) / 2;
        for (int ring = 1; ring <= LEADER_RINGS; ring++) {
            double radius = reach + ring * line * RING_STEP;
            for (int i = 0; i < LEADER_ANGLES; i++) {
                double angle = 2 * Math.PI * i / LEADER_ANGLES;
                double cx = centre.getX() + Math.cos(angle) * radius + Math.signum(Math.round(Math.cos(angle) * 1e6)) * w / 2;
                double cy = centre.getY() - Math.sin(angle) * radius - Math.signum(Math.round(Math.sin(angle) * 1e6)) * h / 2;
                Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
                if (box.intersects(b)) {
                    continue;
                }
                Point2D edge = nearestOnBounds(b, new Point2D.Double(cx, cy));
                out.add(new Candidate(box, new Line2D.Double(nearestOnBounds(box, edge), edge),
                        LEADER_COST + ring));
            }
        }
        return out;
    }

    /** The candidate moved inside the frame, if that keeps it off the area; null otherwise. */
    private static Candidate intoFrame(Candidate c, Rectangle2D frame, Shape area) {
        Rectangle2D box = c.box();
        double x = Math.max(frame.getMinX(), Math.min(frame.getMaxX() - box.getWidth(), box.getX()));
        double y = Math.max(frame.getMinY(), Math.min(frame.getMaxY() - box.getHeight(), box.getY()));
        if (x == box.getX() && y == box.getY()) {
            return c;
        }
        Rectangle2D moved = new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
        return area.intersects(moved) ? null : new Candidate(moved, null, c.cost() + 0.5);
    }

    private static Candidate candidate(double x, double y, double w, double h, Line2D leader, double cost) {
        return new Candidate(new Rectangle2D.Double(x, y, w, h), leader, cost);
    }

    /** A leader from the box's nearest edge to the point, stopping short of its symbol. */
    private static Line2D leaderTo(Rectangle2D box, Point2D at, double clearance) {
        Point2D from = nearestOnBounds(box, at);
        double dx = from.getX() - at.getX();
        double dy = from.getY() - at.getY();
        double length = Math.hypot(dx, dy);
        double stop = Math.min(length, clearance * 0.85);
        Point2D to = length == 0 ? at : new Point2D.Double(at.getX() + dx / length * stop, at.getY() + dy / length * stop);
        return new Line2D.Double(from, to);
    }

    private static Point2D nearestOnBounds(Rectangle2D box, Point2D p) {
        return new Point2D.Double(Math.max(box.getMinX(), Math.min(box.getMaxX(), p.getX())),
                Math.max(box.getMinY(), Math.min(box.getMaxY(), p.getY())));
    }

    static Point2D pointAlong(List<Point2D> line, double distance) {
        double left = distance;
        for (int i = 1; i < line.size(); i++) {
            Point2D a = line.get(i - 1);
            Point2D b = line.get(i);
            double segment = a.distance(b);
            if (left <= segment && segment > 0) {
                double t = left / segment;
                return new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
            }
            left -= segment;
        }
        return line.get(line.size() - 1);
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return grow(r, by, by);
    }

    private static Rectangle2D grow(Rectangle2D r, double x, double y) {
        return new Rectangle2D.Double(r.getX() - x, r.getY() - y, r.getWidth() + 2 * x, r.getHeight() + 2 * y);
    }

    private static Rectangle2D shrink(Rectangle2D r, double by) {
        return grow(r, -Math.min(by, Math.min(r.getWidth(), r.getHeight()) / 2));
    }
}
