package org.exhibitkiosk.map;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lines, shapes and wrapped text for the map, in pixels. Stateless. */
final class Geometry {

    private Geometry() {
    }

    static Path2D polyline(List<Point2D> points) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0) {
                path.moveTo(points.get(i).getX(), points.get(i).getY());
            } else {
                path.lineTo(points.get(i).getX(), points.get(i).getY());
            }
        }
        return path;
    }

    static Path2D polygon(List<Point2D> points) {
        Path2D path = polyline(points);
        path.closePath();
        return path;
    }

    /** The points of a shape's outline, curves flattened, subpaths joined. */
    static List<Point2D> flatten(Shape shape) {
        List<Point2D> points = new ArrayList<>();
        double[] c = new double[6];
        Point2D start = null;
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                start = new Point2D.Double(c[0], c[1]);
                points.add(start);
            } else if (type == PathIterator.SEG_LINETO) {
                points.add(new Point2D.Double(c[0], c[1]));
            } else if (type == PathIterator.SEG_CLOSE && start != null) {
                points.add(start);
            }
        }
        return points;
    }

    /** A Catmull-Rom curve through the points, {@code steps} segments between each pair. */
    static List<Point2D> smooth(List<Point2D> points, int steps) {
        if (points.size() < 3) {
            return new ArrayList<>(points);
        }
        List<Point2D> out = new ArrayList<>();
        for (int i = 0; i < points.size() - 1; i++) {
            Point2D p0 = points.get(Math.max(0, i - 1));
            Point2D p1 = points.get(i);
            Point2D p2 = points.get(i + 1);
            Point2D p3 = points.get(Math.min(points.size() - 1, i + 2));
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                double t2 = t * t;
                double t3 = t2 * t;
                double x = 0.5 * (2 * p1.getX() + (-p0.getX() + p2.getX()) * t
                        + (2 * p0.getX() - 5 * p1.getX() + 4 * p2.getX() - p3.getX()) * t2
                        + (-p0.getX() + 3 * p1.getX() - 3 * p2.getX() + p3.getX()) * t3);
                double y = 0.5 * (2 * p1.getY() + (-p0.getY() + p2.getY()) * t
                        + (2 * p0.getY() - 5 * p1.getY() + 4 * p2.getY() - p3.getY()) * t2
                        + (-p0.getY() + 3 * p1.getY() - 3 * p2.getY() + p3.getY()) * t3);
                out.add(new Point2D.Double(x, y));
            }
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    static double length(List<Point2D> line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += line.get(i).distance(line.get(i - 1));
        }
        return length;
    }

    /** The line without its first {@code start} and last {@code end} pixels (never less than a stub). */
    static List<Point2D> trim(List<Point2D> line, double start, double end) {
        double length = length(line);
        double keep = length - start - end;
        if (keep < length * 0.2) {
            double scale = length * 0.8 / Math.max(1e-9, start + end);
            start *= scale;
            end *= scale;
        }
        List<Point2D> out = new ArrayList<>();
        out.add(LabelPlacer.pointAlong(line, start));
        double travelled = 0;
        for (int i = 1; i < line.size(); i++) {
            travelled += line.get(i).distance(line.get(i - 1));
            if (travelled > start && travelled < length - end) {
                out.add(line.get(i));
            }
        }
        out.add(LabelPlacer.pointAlong(line, length - end));
        return out;
    }

    /** A triangle with its point at {@code tip}, its base centred on {@code base}. */
    static Path2D arrowHead(Point2D base, Point2D tip, double halfWidth) {
        double dx = tip.getX() - base.getX();
        double dy = tip.getY() - base.getY();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = -dy / length * halfWidth;
        double ny = dx / length * halfWidth;
        return polygon(List.of(tip, new Point2D.Double(base.getX() + nx, base.getY() + ny),
                new Point2D.Double(base.getX() - nx, base.getY() - ny)));
    }

    /** The convex hull of circles of radius {@code r} around the points: a rounded area. */
    static Path2D roundedHull(List<Point2D> points, double r) {
        List<Point2D> around = new ArrayList<>();
        for (Point2D p : points) {
            for (int i = 0; i < 24; i++) {
                double a = 2 * Math.PI * i / 24;
                around.add(new Point2D.Double(p.getX() + Math.cos(a) * r, p.getY() + Math.sin(a) * r));
            }
        }
        return polygon(hull(around));
    }

    /** Andrew's monotone chain. */
    static List<Point2D> hull(List<Point2D> input) {
        List<Point2D> points = new ArrayList<>(input);
        points.sort(Comparator.comparingDouble(Point2D::getX).thenComparingDouble(Point2D::getY));
        if (points.size() < 3) {
            return points;
        }
        List<Point2D> lower = new ArrayList<>();
        for (Point2D p : points) {
            while (lower.size() >= 2 && cross(lower.get(lower.size() - 2), lower.get(lower.size() - 1), p) <= 0) {
                lower.remove(lower.size() - 1);
            }
            lower.add(p);
        }
        List<Point2D> upper = new ArrayList<>();
        for (int i = points.size() - 1; i >= 0; i--) {
            Point2D p = points.get(i);
            while (upper.size() >= 2 && cross(upper.get(upper.size() - 2), upper.get(upper.size() - 1), p) <= 0) {
                upper.remove(upper.size() - 1);
            }
            upper.add(p);
        }
        lower.remove(lower.size() - 1);
        upper.remove(upper.size() - 1);
        lower.addAll(upper);
        return lower;
    }

    private static double cross(Point2D o, Point2D a, Point2D b) {
        return (a.getX() - o.getX()) * (b.getY() - o.getY()) - (a.getY() - o.getY()) * (b.getX() - o.getX());
    }

    /** Words set in lines no wider than {@code maxWidth} (a single word longer than that keeps its line). */
    static List<String> wrap(String text, TextStyle style, double maxWidth, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure.textWidth(tried, style) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return balance(lines, style, maxWidth, measure);
    }

    /** Two lines of very unequal length read badly on a map: move words down while it helps. */
    private static List<String> balance(List<String> lines, TextStyle style, double maxWidth, TextMeasure measure) {
        if (lines.size() != 2) {
            return lines;
        }
        String first = lines.get(0);
        String second = lines.get(1);
        while (true) {
            int space = first.lastIndexOf(' ');
            if (space < 0) {
                break;
            }
            String newFirst = first.substring(0, space);
            String newSecond = first.substring(space + 1) + " " + second;
            double before = Math.max(measure.textWidth(first, style), measure.textWidth(second, style));
            double after = Math.max(measure.textWidth(newFirst, style), measure.textWidth(newSecond, style));
            if (after >= before || measure.textWidth(newSecond, style) > maxWidth) {
                break;
            }
            first = newFirst;
            second = newSecond;
        }
        return List.of(first, second);
    }

    /** Adds where two polylines cross each other to {@code into}. */
    static void crossings(List<Point2D> a, List<Point2D> b, List<Point2D> into) {
        if (a.size() < 2 || b.size() < 2 || !bounds(a).intersects(bounds(b))) {
            return;
        }
        for (int i = 1; i < a.size(); i++) {
            Point2D p1 = a.get(i - 1);
            Point2D p2 = a.get(i);
            for (int j = 1; j < b.size(); j++) {
                Point2D q1 = b.get(j - 1);
                Point2D q2 = b.get(j);
                double d = (p2.getX() - p1.getX()) * (q2.getY() - q1.getY())
                        - (p2.getY() - p1.getY()) * (q2.getX() - q1.getX());
                if (Math.abs(d) < 1e-12) {
                    continue;
                }
                double t = ((q1.getX() - p1.getX()) * (q2.getY() - q1.getY())
                        - (q1.getY() - p1.getY()) * (q2.getX() - q1.getX())) / d;
                double v = ((q1.getX() - p1.getX()) * (p2.getY() - p1.getY())
                        - (q1.getY() - p1.getY()) * (p2.getX() - p1.getX())) / d;
                if (t >= 0 && t <= 1 && v >= 0 && v <= 1) {
                    into.add(new Point2D.Double(p1.getX() + t * (p2.getX() - p1.getX()),
                            p1.getY() + t * (p2.getY() - p1.getY())));
                }
            }
        }
    }

    private static Rectangle2D bounds(List<Point2D> line) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : line) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }
}
