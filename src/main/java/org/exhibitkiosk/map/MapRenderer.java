package org.exhibitkiosk.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.text.FontStyle;

/**
 * Draws a {@link MapScene} on any {@link MapCanvas}: the base (land, neighbouring regions,
 * rivers, ridges), which is the same on every day of one view and may be cached, then the day
 * (areas, arrows, places, labels) and the furniture (legend, scale bar, north arrow, the note that
 * positions are approximate). Stateless; each call draws on the canvas it is given.
 */
public final class MapRenderer {

    private MapRenderer() {
    }

    /** The whole map: base, day and furniture. */
    public static void draw(MapCanvas canvas, MapScene scene) {
        drawBase(canvas, scene);
        drawDay(canvas, scene);
    }

    /** What does not change from day to day in one view. */
    public static void drawBase(MapCanvas canvas, MapScene scene) {
        MapPalette p = scene.palette();
        float u = scene.unit();
        double w = scene.projection().width();
        double h = scene.projection().height();
        canvas.clip(0, 0, w, h);
        canvas.fill(new Rectangle2D.Double(0, 0, w, h), p.land());
        for (Shape region : scene.regions()) {
            canvas.fill(region, p.regionFill());
            canvas.stroke(region, p.regionEdge(), 1.5f * u, new float[] {6 * u, 4 * u});
        }
        for (Shape ridge : scene.ridges()) {
            drawRidge(canvas, ridge, p.ridge(), u);
        }
        for (Shape river : scene.rivers()) {
            canvas.stroke(river, p.water(), 3f * u, null);
        }
        canvas.unclip();
    }

    /** The day's movements, places and labels, then the furniture. */
    public static void drawDay(MapCanvas canvas, MapScene scene) {
        MapPalette p = scene.palette();
        float u = scene.unit();
        double w = scene.projection().width();
        double h = scene.projection().height();
        canvas.clip(0, 0, w, h);
        for (MapScene.Area area : scene.areas()) {
            canvas.fill(area.shape(), area.fill());
            canvas.stroke(area.shape(), area.edge(), 2.5f * u,
                    area.kind() == OperationsMap.MovementKind.FIGHTING ? new float[] {7 * u, 5 * u} : null);
        }
        for (MapScene.Arrow arrow : scene.arrows()) {
            drawArrow(canvas, arrow.shaft(), arrow.head(), arrow.kind(), arrow.colour(), p, u);
        }
        for (MapScene.Symbol symbol : scene.symbols()) {
            drawSymbol(canvas, symbol.at(), symbol.radius(), symbol.kind(), p, u);
        }
        for (LabelLayout.Placed placed : scene.labels().placed()) {
            drawLabel(canvas, placed, p, u);
        }
        drawFurniture(canvas, scene, p, u);
        canvas.stroke(new Rectangle2D.Double(u / 2, u / 2, w - u, h - u), p.frame(), u, null);
        canvas.unclip();
    }

    private static void drawRidge(MapCanvas canvas, Shape ridge, Color colour, float u) {
        canvas.stroke(ridge, colour, 2.5f * u, null);
        List<Point2D> line = Geometry.flatten(ridge);
        double length = Geometry.length(line);
        for (double d = 6 * u; d < length; d += 11 * u) {
            Point2D a = LabelPlacer.pointAlong(line, d);
            Point2D b = LabelPlacer.pointAlong(line, Math.min(length, d + 1));
            double dx = b.getX() - a.getX();
            double dy = b.getY() - a.getY();
            double n = Math.max(1e-9, Math.hypot(dx, dy));
            // Short hachures on the downhill side, as on old survey maps.
            canvas.stroke(new Line2D.Double(a.getX(), a.getY(), a.getX() + dy / n * 7 * u, a.getY() - dx / n * 7 * u),
                    colour, 1.5f * u, null);
        }
    }

    private static void drawArrow(MapCanvas canvas, Shape shaft, Shape head, OperationsMap.MovementKind kind,
                                  Color colour, MapPalette p, float u) {
        switch (kind) {
            case PREPARED -> {
                canvas.stroke(shaft, p.halo(), 9 * u, null);
                canvas.stroke(shaft, colour, 5 * u, new float[] {10 * u, 9 * u});
                canvas.fill(head, colour);
                canvas.stroke(head, p.halo(), 1.5f * u, null);
            }
            case WITHDRAWAL -> {
                canvas.stroke(shaft, colour, 10 * u, null);
                canvas.stroke(shaft, p.land(), 4 * u, null);
                canvas.fill(head, p.land());
                canvas.stroke(head, colour, 3 * u, null);
            }
            default -> {
                canvas.stroke(shaft, p.halo(), 10 * u, null);
                canvas.stroke(shaft, colour, 6 * u, null);
                canvas.fill(head, colour);
                canvas.stroke(head, p.halo(), 1.5f * u, null);
            }
        }
    }

    private static void drawSymbol(MapCanvas canvas, Point2D at, double r, MapScene.SymbolKind kind, MapPalette p,
                                   float u) {
        Ellipse2D circle = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        switch (kind) {
            case TOWN -> {
                canvas.fill(circle, p.placeFill());
                canvas.stroke(circle, p.placeEdge(), 2 * u, null);
                double inner = r * 0.4;
                canvas.fill(new Ellipse2D.Double(at.getX() - inner, at.getY() - inner, 2 * inner, 2 * inner),
                        p.placeEdge());
            }
            case VILLAGE -> {
                canvas.fill(circle, p.placeFill());
                canvas.stroke(circle, p.placeEdge(), 1.5f * u, null);
            }
            case UNCERTAIN -> {
                canvas.fill(circle, p.placeEdge());
                canvas.stroke(circle, p.placeFill(), 2 * u, new float[] {2.5f * u, 2.5f * u});
            }
            case LAKE -> {
                Ellipse2D lake = new Ellipse2D.Double(at.getX() - r * 1.3, at.getY() - r * 0.8, 2.6 * r, 1.6 * r);
                canvas.fill(lake, p.water());
                canvas.stroke(lake, p.placeEdge(), u, null);
            }
            case HEIGHT -> {
                Path2D triangle = Geometry.polygon(List.of(new Point2D.Double(at.getX(), at.getY() - r * 1.1),
                        new Point2D.Double(at.getX() + r, at.getY() + r * 0.8),
                        new Point2D.Double(at.getX() - r, at.getY() + r * 0.8)));
                canvas.fill(triangle, p.ridge());
                canvas.stroke(triangle, p.placeEdge(), u, null);
            }
            default -> throw new IllegalStateException("unknown symbol " + kind);
        }
    }

    private static void drawLabel(MapCanvas canvas, LabelLayout.Placed placed, MapPalette p, float u) {
        Label label = placed.label();
        if (placed.leader() != null) {
            canvas.stroke(placed.leader(), p.halo(), 4 * u, null);
            canvas.stroke(placed.leader(), p.leader(), 1.5f * u, null);
            Point2D end = placed.leader().getP2();
            double r = 2.5 * u;
            canvas.fill(new Ellipse2D.Double(end.getX() - r, end.getY() - r, 2 * r, 2 * r), p.leader());
        }
        Rectangle2D box = placed.box();
        double lineHeight = canvas.lineHeight(label.style());
        double y = box.getY() + canvas.ascent(label.style());
        for (String line : label.lines()) {
            double x = box.getX() + (box.getWidth() - canvas.textWidth(line, label.style())) / 2;
            canvas.text(line, label.style(), x, y, label.color(), p.halo(), 4 * u);
            y += lineHeight;
        }
    }

    private static void drawFurniture(MapCanvas canvas, MapScene scene, MapPalette p, float u) {
        MapScene.Furniture f = scene.furniture();
        TextStyle small = scene.style(FontStyle.BODY, MapScene.FURNITURE_SIZE);
        TextStyle smallBold = scene.style(FontStyle.BODY_BOLD, MapScene.FURNITURE_SIZE);
        double pad = 10 * u;
        double arc = 10 * u;

        // Legend
        MapScene.Legend legend = f.legend();
        Rectangle2D box = legend.box();
        panel(canvas, box, arc, p, u);
        double ascent = canvas.ascent(small);
        double line = legend.lineHeight();
        double y = box.getY() + pad;
        canvas.text(legend.title(), smallBold, box.getX() + pad, y + ascent, p.panelText(), null, 0);
        y += line;
        double swatch = 34 * u;
        for (MapScene.LegendEntry entry : legend.entries()) {
            double cy = y + line / 2 - 1 * u;
            double sx = box.getX() + pad;
            legendSymbol(canvas, entry.symbol(), entry.colour(), sx, cy, swatch, p, u);
            canvas.text(entry.text(), small, sx + swatch + 8 * u, y + ascent, p.panelText(), null, 0);
            y += line;
        }

        // Scale bar
        Rectangle2D scale = f.scale();
        // One panel holds the scale and the note beneath it, as wide as the wider of the two.
        panel(canvas, scale.createUnion(f.noteBox()), arc, p, u);
        double barY = scale.getMaxY() - 8 * u;
        double x0 = scale.getX() + pad;
        double half = f.scaleLength() / 2;
        canvas.fill(new Rectangle2D.Double(x0, barY - 3 * u, half, 6 * u), p.panelText());
        canvas.stroke(new Rectangle2D.Double(x0, barY - 3 * u, f.scaleLength(), 6 * u), p.panelText(), 1.2f * u, null);
        canvas.text(f.scaleText(), small, x0, barY - 8 * u - canvas.descent(small), p.panelText(), null, 0);
        canvas.text(f.note(), small, f.noteBox().getX() + pad, f.noteBox().getY() + pad / 2 + ascent, p.panelText(),
                null, 0);

        // North arrow
        Rectangle2D north = f.north();
        panel(canvas, north, arc, p, u);
        double cx = north.getCenterX();
        double top = north.getY() + pad;
        double bottom = north.getY() + 54 * u - pad / 2;
        Path2D left = Geometry.polygon(List.of(new Point2D.Double(cx, top), new Point2D.Double(cx - 10 * u, bottom),
                new Point2D.Double(cx, bottom - 10 * u)));
        Path2D right = Geometry.polygon(List.of(new Point2D.Double(cx, top), new Point2D.Double(cx + 10 * u, bottom),
                new Point2D.Double(cx, bottom - 10 * u)));
        canvas.fill(left, p.panelText());
        canvas.stroke(right, p.panelText(), 1.2f * u, null);
        canvas.text(f.northLetter(), smallBold, cx - canvas.textWidth(f.northLetter(), smallBold) / 2,
                bottom + 4 * u + ascent, p.panelText(), null, 0);
    }

    private static void panel(MapCanvas canvas, Rectangle2D box, double arc, MapPalette p, float u) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                arc, arc);
        canvas.fill(shape, p.panel());
        canvas.stroke(shape, p.panelEdge(), 1.2f * u, null);
    }

    private static void legendSymbol(MapCanvas canvas, MapScene.LegendSymbol symbol, Color colour, double x,
                                     double cy, double width, MapPalette p, float u) {
        Point2D mid = new Point2D.Double(x + width / 2, cy);
        Path2D line = Geometry.polyline(List.of(new Point2D.Double(x + 2 * u, cy),
                new Point2D.Double(x + width - 12 * u, cy)));
        Path2D head = Geometry.arrowHead(new Point2D.Double(x + width - 12 * u, cy),
                new Point2D.Double(x + width, cy), 8 * u);
        switch (symbol) {
            case TOWN -> drawSymbol(canvas, mid, 7 * u, MapScene.SymbolKind.TOWN, p, u);
            case VILLAGE -> drawSymbol(canvas, mid, 5.5 * u, MapScene.SymbolKind.VILLAGE, p, u);
            case UNCERTAIN -> drawSymbol(canvas, mid, 5.5 * u, MapScene.SymbolKind.UNCERTAIN, p, u);
            case RIVER -> canvas.stroke(Geometry.polyline(List.of(new Point2D.Double(x, cy + 3 * u),
                    new Point2D.Double(x + width / 2, cy - 3 * u), new Point2D.Double(x + width, cy + 2 * u))),
                    p.water(), 3 * u, null);
            case RIDGE -> drawRidge(canvas, Geometry.polyline(List.of(new Point2D.Double(x, cy + 2 * u),
                    new Point2D.Double(x + width, cy + 2 * u))), p.ridge(), u);
            case REGION -> {
                Rectangle2D r = new Rectangle2D.Double(x, cy - 7 * u, width, 14 * u);
                canvas.fill(r, p.regionFill());
                canvas.stroke(r, p.regionEdge(), 1.5f * u, new float[] {6 * u, 4 * u});
            }
            case SIDE -> drawArrow(canvas, line, head, OperationsMap.MovementKind.ADVANCE, colour, p, u * 0.8f);
            case PREPARED -> drawArrow(canvas, line, head, OperationsMap.MovementKind.PREPARED, p.panelText(), p,
                    u * 0.8f);
            case WITHDRAWAL -> drawArrow(canvas, line, head, OperationsMap.MovementKind.WITHDRAWAL, p.panelText(), p,
                    u * 0.8f);
            case FIGHTING -> {
                Ellipse2D area = new Ellipse2D.Double(x, cy - 8 * u, width, 16 * u);
                canvas.fill(area, p.fightingFill());
                canvas.stroke(area, p.fighting(), 2 * u, new float[] {5 * u, 4 * u});
            }
            default -> throw new IllegalStateException("unknown legend symbol " + symbol);
        }
    }
}
