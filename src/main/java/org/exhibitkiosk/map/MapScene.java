package org.exhibitkiosk.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.content.OperationsMap.Feature;
import org.exhibitkiosk.content.OperationsMap.Movement;
import org.exhibitkiosk.content.Places;
import org.exhibitkiosk.content.Timeline;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;

/**
 * One picture of the map, laid out and ready to draw: what the map shows on one day, in one
 * language, in one view, with every label placed. Built the same way for the screen and for
 * paper; only the measure of text, the unit and the palette differ. Immutable once built;
 * building is pure computation (no I/O, no Swing), so it may run on any thread.
 *
 * @param projection the view
 * @param unit       the size of one design pixel (1 on a 1080p screen; a fraction of a point on paper)
 * @param palette    the colours
 * @param language   the visitor's language
 * @param day        the day shown
 * @param regions    neighbouring regions: outlines
 * @param rivers     rivers: smoothed lines
 * @param ridges     ridges and mountains: smoothed lines
 * @param areas      the day's areas (forces gathered, fighting, operations)
 * @param arrows     the day's arrows
 * @param symbols    the places shown as points
 * @param labels     every label, placed
 * @param furniture  legend, scale bar, north arrow, the note that positions are approximate
 */
public record MapScene(
        MapProjection projection,
        float unit,
        MapPalette palette,
        String language,
        LocalDate day,
        List<Shape> regions,
        List<Shape> rivers,
        List<Shape> ridges,
        List<Area> areas,
        List<Arrow> arrows,
        List<Symbol> symbols,
        LabelLayout labels,
        Furniture furniture) {

    /** How a place's symbol looks. */
    public enum SymbolKind { TOWN, VILLAGE, UNCERTAIN, LAKE, HEIGHT }

    /** A place drawn as a point. */
    public record Symbol(String placeId, Point2D at, double radius, SymbolKind kind) {
    }

    /** A movement drawn as an area around its places. */
    public record Area(String movementId, Shape shape, OperationsMap.MovementKind kind, OperationsMap.Side side) {
    }

    /** A movement drawn as an arrow through its places: the shaft and the head. */
    public record Arrow(String movementId, Shape shaft, Shape head, OperationsMap.MovementKind kind,
                        OperationsMap.Side side) {
    }

    /**
     * The map's furniture, each in its own box, which labels keep clear of.
     *
     * @param legend       the legend's box and its entries
     * @param scale        the scale bar's box
     * @param scaleLength  the bar's length in pixels
     * @param scaleText    what the bar measures: "10 km"
     * @param note         "positions are approximate"
     * @param noteBox      where the note stands
     * @param north        the north arrow's box
     * @param northLetter  the letter under the arrow
     */
    public record Furniture(Legend legend, Rectangle2D scale, double scaleLength, String scaleText, String note,
                            Rectangle2D noteBox, Rectangle2D north, String northLetter) {

        public List<Rectangle2D> boxes() {
            return List.of(legend.box(), scale, noteBox, north);
        }
    }

    /** The legend: a title and one line per kind of thing on the map. */
    public record Legend(Rectangle2D box, String title, List<LegendEntry> entries, double lineHeight) {
    }

    /** What a line of the legend shows. */
    public enum LegendSymbol { TOWN, VILLAGE, UNCERTAIN, RIVER, RIDGE, REGION, AZERBAIJANI, ARMENIAN, PREPARED,
        WITHDRAWAL, FIGHTING }

    public record LegendEntry(LegendSymbol symbol, String text) {
    }

    // ---- sizes in design pixels ----

    static final float TOWN_SIZE = 22;
    static final float PLACE_SIZE = 20;
    static final float MOVEMENT_SIZE = 20;
    static final float FEATURE_SIZE = 18;
    static final float REGION_SIZE = 26;
    static final float FURNITURE_SIZE = 16;
    static final float MARGIN = 12;

    /** Label priorities: higher is placed first and gives way last. */
    static final int MOVEMENT = 100;
    static final int PLACE_OF_THE_DAY = 80;
    static final int PLACE_IN_AN_AREA = 70;
    static final int TOWN = 60;
    static final int FEATURE = 50;
    static final int REGION = 40;

    public TextStyle style(FontStyle font, float designSize) {
        return new TextStyle(font, designSize * unit);
    }

    /**
     * Lays out the map of one day.
     *
     * @param measure how text measures on the canvas it will be drawn on
     */
    public static MapScene build(Exhibit exhibit, LocalDate day, String language, MapProjection projection,
                                 float unit, TextMeasure measure, MapPalette palette) {
        return new Builder(exhibit, day, language, projection, unit, measure, palette).build();
    }

    /** The places the map names on a day: towns always; the places of the day's movements and events. */
    public static Set<String> placesOfTheDay(Exhibit exhibit, LocalDate day) {
        Set<String> ids = new LinkedHashSet<>();
        for (Movement movement : exhibit.map().movementsOn(day)) {
            ids.addAll(movement.places());
        }
        for (Timeline.Event event : eventsOn(exhibit.timeline(), day)) {
            ids.addAll(event.places());
        }
        return ids;
    }

    /**
     * The places a visitor must find on a day: those the day's events name, and those an arrow
     * starts from or goes to. Places that only lie inside an area are named where they fit.
     */
    public static Set<String> namedOnTheDay(Exhibit exhibit, LocalDate day) {
        Set<String> ids = new LinkedHashSet<>();
        for (Movement movement : exhibit.map().movementsOn(day)) {
            if (movement.kind().isArrow()) {
                ids.addAll(movement.places());
            }
        }
        for (Timeline.Event event : eventsOn(exhibit.timeline(), day)) {
            ids.addAll(event.places());
        }
        return ids;
    }

    /** The timeline's events on a day: those dated to that day, or spanning it. */
    public static List<Timeline.Event> eventsOn(Timeline timeline, LocalDate day) {
        List<Timeline.Event> events = new ArrayList<>();
        for (Timeline.Event event : timeline.events()) {
            if (!event.date().hasDay()) {
                continue;
            }
            LocalDate first = event.date().firstDay();
            LocalDate last = event.until() != null && event.until().hasDay() ? event.until().firstDay() : first;
            if (!day.isBefore(first) && !day.isAfter(last)) {
                events.add(event);
            }
        }
        return events;
    }

    private static final class Builder {
        private final Exhibit exhibit;
        private final OperationsMap map;
        private final LocalDate day;
        private final String language;
        private final MapProjection projection;
        private final float u;
        private final TextMeasure measure;
        private final MapPalette palette;
        private final Map<String, Places.Place> places = new LinkedHashMap<>();
        private final Set<String> featurePlaces = new LinkedHashSet<>();
        private final Rectangle2D frame;
        private final List<Label> labels = new ArrayList<>();
        private final List<Point2D> lineSamples = new ArrayList<>();
        private final List<Rectangle2D> blocked = new ArrayList<>();

        Builder(Exhibit exhibit, LocalDate day, String language, MapProjection projection, float unit,
                TextMeasure measure, MapPalette palette) {
            this.exhibit = exhibit;
            this.map = exhibit.map();
            this.day = day;
            this.language = language;
            this.projection = projection;
            this.u = unit;
            this.measure = measure;
            this.palette = palette;
            this.frame = new Rectangle2D.Double(0, 0, projection.width(), projection.height());
            for (Places.Place place : exhibit.places().places()) {
                places.put(place.id(), place);
            }
            for (Feature feature : map.features()) {
                featurePlaces.add(feature.place());
            }
        }

        private TextStyle style(FontStyle font, float size) {
            return new TextStyle(font, size * u);
        }

        MapScene build() {
            Furniture furniture = furniture();
            blocked.addAll(furniture.boxes());

            List<Shape> regions = new ArrayList<>();
            List<Shape> rivers = new ArrayList<>();
            List<Shape> ridges = new ArrayList<>();
            for (Feature feature : map.features()) {
                List<Point2D> points = new ArrayList<>();
                for (List<Double> p : feature.points()) {
                    points.add(projection.project(p.get(0), p.get(1)));
                }
                Places.Place place = places.get(feature.place());
                String name = place == null ? feature.id() : place.name().in(language);
                switch (feature.kind()) {
                    case REGION -> {
                        Path2D outline = Geometry.polygon(points);
                        regions.add(outline);
                        sample(Geometry.flatten(outline));
                        labels.add(label("region:" + feature.id(), name, style(FontStyle.DISPLAY_ITALIC, REGION_SIZE),
                                palette.regionText(), new Label.AreaAnchor(outline, true), REGION, false, 0));
                    }
                    case RIVER, RIDGE -> {
                        List<Point2D> smooth = Geometry.smooth(points, 8);
                        Path2D line = Geometry.polyline(smooth);
                        (feature.kind() == OperationsMap.FeatureKind.RIVER ? rivers : ridges).add(line);
                        sample(smooth);
                        Color colour = feature.kind() == OperationsMap.FeatureKind.RIVER ? palette.water()
                                : palette.ridge();
                        labels.add(label("feature:" + feature.id(), name, style(FontStyle.DISPLAY_ITALIC, FEATURE_SIZE),
                                colour, new Label.LineAnchor(smooth, 6 * u, false), FEATURE, false, 0));
                    }
                    default -> throw new IllegalStateException("unknown feature kind " + feature.kind());
                }
            }

            // Regions without an outline (Zangezur itself): a name in the open, around its point.
            for (Places.Place place : places.values()) {
                if (place.kind() == Places.Kind.REGION && !featurePlaces.contains(place.id())
                        && map.extent().contains(place.latitude(), place.longitude())) {
                    Point2D at = projection.project(place.latitude(), place.longitude());
                    double r = 0.22 * projection.scale();
                    Shape open = new Ellipse2D.Double(at.getX() - r * 1.6, at.getY() - r, r * 3.2, r * 2);
                    labels.add(label("region:" + place.id(), place.name().in(language),
                            style(FontStyle.DISPLAY_ITALIC, REGION_SIZE), palette.regionText(),
                            new Label.AreaAnchor(open, true), REGION, false, 0));
                }
            }

            List<Area> areas = new ArrayList<>();
            List<Arrow> arrows = new ArrayList<>();
            for (Movement movement : map.movementsOn(day)) {
                List<Point2D> points = new ArrayList<>();
                for (String id : movement.places()) {
                    Places.Place place = places.get(id);
                    if (place != null) {
                        points.add(projection.project(place.latitude(), place.longitude()));
                    }
                }
                Color colour = movementColour(movement);
                String key = "movement:" + movement.id();
                if (movement.kind().isArrow()) {
                    Arrow arrow = arrow(movement, points);
                    arrows.add(arrow);
                    List<Point2D> shaft = Geometry.flatten(arrow.shaft());
                    sample(shaft);
                    blocked.add(arrow.head().getBounds2D());
                    labels.add(label(key, movement.label().in(language), style(FontStyle.BODY_BOLD, MOVEMENT_SIZE),
                            colour, new Label.LineAnchor(shaft, 10 * u, true), MOVEMENT, visible(arrow.shaft()), 300 * u));
                } else {
                    Shape shape = Geometry.roundedHull(points, 22 * u);
                    areas.add(new Area(movement.id(), shape, movement.kind(), movement.side()));
                    sample(Geometry.flatten(shape));
                    labels.add(label(key, movement.label().in(language), style(FontStyle.BODY_BOLD, MOVEMENT_SIZE),
                            colour, new Label.AreaAnchor(shape, false), MOVEMENT, visible(shape), 300 * u));
                }
            }

            Set<String> ofTheDay = placesOfTheDay(exhibit, day);
            Set<String> named = namedOnTheDay(exhibit, day);
            List<Symbol> symbols = new ArrayList<>();
            for (Places.Place place : places.values()) {
                boolean town = place.kind() == Places.Kind.TOWN || place.kind() == Places.Kind.CITY;
                if (!town && !ofTheDay.contains(place.id())) {
                    continue;
                }
                if (featurePlaces.contains(place.id()) || !isPoint(place.kind())
                        || !map.extent().contains(place.latitude(), place.longitude())) {
                    continue;
                }
                Point2D at = projection.project(place.latitude(), place.longitude());
                if (!frame.contains(at) || furniture.boxes().stream().anyMatch(b -> b.contains(at))) {
                    continue;
                }
                SymbolKind kind = symbolKind(place);
                double radius = (kind == SymbolKind.TOWN ? 7 : 5.5) * u;
                symbols.add(new Symbol(place.id(), at, radius, kind));
                blocked.add(new Rectangle2D.Double(at.getX() - radius - u, at.getY() - radius - u,
                        2 * radius + 2 * u, 2 * radius + 2 * u));
                boolean ofDay = ofTheDay.contains(place.id());
                boolean isNamed = named.contains(place.id());
                labels.add(label("place:" + place.id(), place.name().in(language),
                        town ? style(FontStyle.BODY_BOLD, TOWN_SIZE) : style(FontStyle.BODY, PLACE_SIZE),
                        palette.text(), new Label.PointAnchor(at, radius + 5 * u),
                        isNamed ? PLACE_OF_THE_DAY : ofDay ? PLACE_IN_AN_AREA : TOWN, isNamed, 230 * u));
            }

            LabelLayout layout = new LabelPlacer().place(labels, measure,
                    new LabelPlacer.Obstacles(frame, blocked, lineSamples, 3 * u));
            return new MapScene(projection, u, palette, language, day, regions, rivers, ridges, areas, arrows, symbols,
                    layout, furniture);
        }

        /** Whether enough of a shape is in view for its label to be owed to the visitor. */
        private boolean visible(Shape shape) {
            Rectangle2D inView = shape.getBounds2D().createIntersection(frame);
            double margin = 40 * u;
            Rectangle2D inner = new Rectangle2D.Double(margin, margin, frame.getWidth() - 2 * margin,
                    frame.getHeight() - 2 * margin);
            return !inView.isEmpty() && Geometry.flatten(shape).stream()
                    .anyMatch(p -> inner.contains(p) && blocked.stream().noneMatch(b -> b.contains(p)));
        }

        private Color movementColour(Movement movement) {
            if (movement.kind() == OperationsMap.MovementKind.FIGHTING && movement.side() == null) {
                return palette.fighting();
            }
            return movement.side() == OperationsMap.Side.ARMENIAN ? palette.armenian() : palette.azerbaijani();
        }

        private Arrow arrow(Movement movement, List<Point2D> points) {
            List<Point2D> smooth = Geometry.smooth(points, 12);
            double headLength = 20 * u;
            List<Point2D> trimmed = Geometry.trim(smooth, 12 * u, 10 * u);
            Point2D tip = trimmed.get(trimmed.size() - 1);
            List<Point2D> shaft = Geometry.trim(trimmed, 0, headLength * 0.8);
            Point2D base = shaft.get(shaft.size() - 1);
            Shape head = Geometry.arrowHead(base, tip, 18 * u);
            return new Arrow(movement.id(), Geometry.polyline(shaft), head, movement.kind(), movement.side());
        }

        private static boolean isPoint(Places.Kind kind) {
            return switch (kind) {
                case CITY, TOWN, VILLAGE, PASS, LAKE, HEIGHTS -> true;
                default -> false;
            };
        }

        private static SymbolKind symbolKind(Places.Place place) {
            if (place.kind() == Places.Kind.LAKE) {
                return SymbolKind.LAKE;
            }
            if (place.kind() == Places.Kind.PASS || place.kind() == Places.Kind.HEIGHTS) {
                return SymbolKind.HEIGHT;
            }
            if (place.certainty() == Places.Certainty.UNCERTAIN) {
                return SymbolKind.UNCERTAIN;
            }
            return place.kind() == Places.Kind.TOWN || place.kind() == Places.Kind.CITY ? SymbolKind.TOWN
                    : SymbolKind.VILLAGE;
        }

        private Label label(String key, String text, TextStyle style, Color colour, Label.Anchor anchor, int priority,
                            boolean required, double maxWidth) {
            List<String> lines = maxWidth > 0 ? Geometry.wrap(text, style, maxWidth, measure) : List.of(text);
            return new Label(key, lines, style, colour, anchor, priority, required);
        }

        private void sample(List<Point2D> line) {
            double step = 6 * u;
            for (int i = 1; i < line.size(); i++) {
                Point2D a = line.get(i - 1);
                Point2D b = line.get(i);
                int n = Math.max(1, (int) Math.ceil(a.distance(b) / step));
                for (int k = 0; k < n; k++) {
                    double t = (double) k / n;
                    lineSamples.add(new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t,
                            a.getY() + (b.getY() - a.getY()) * t));
                }
            }
        }

        // ---- furniture ----

        private Furniture furniture() {
            OperationsMap.Texts texts = map.texts();
            TextStyle small = style(FontStyle.BODY, FURNITURE_SIZE);
            TextStyle smallBold = style(FontStyle.BODY_BOLD, FURNITURE_SIZE);
            double margin = MARGIN * u;
            double line = measure.lineHeight(small) * 1.15;
            double swatch = 34 * u;
            double pad = 10 * u;

            List<LegendEntry> entries = List.of(
                    new LegendEntry(LegendSymbol.TOWN, texts.town().in(language)),
                    new LegendEntry(LegendSymbol.VILLAGE, texts.village().in(language)),
                    new LegendEntry(LegendSymbol.UNCERTAIN, texts.uncertain().in(language)),
                    new LegendEntry(LegendSymbol.RIVER, texts.river().in(language)),
                    new LegendEntry(LegendSymbol.RIDGE, texts.ridge().in(language)),
                    new LegendEntry(LegendSymbol.REGION, texts.region().in(language)),
                    new LegendEntry(LegendSymbol.AZERBAIJANI, texts.azerbaijani().in(language)),
                    new LegendEntry(LegendSymbol.ARMENIAN, texts.armenian().in(language)),
                    new LegendEntry(LegendSymbol.PREPARED, texts.prepared().in(language)),
                    new LegendEntry(LegendSymbol.WITHDRAWAL, texts.withdrawal().in(language)),
                    new LegendEntry(LegendSymbol.FIGHTING, texts.fighting().in(language)));
            String title = texts.legend().in(language);
            double textWidth = measure.textWidth(title, smallBold);
            for (LegendEntry entry : entries) {
                textWidth = Math.max(textWidth, swatch + 8 * u + measure.textWidth(entry.text(), small));
            }
            double legendWidth = textWidth + 2 * pad;
            double legendHeight = line * (entries.size() + 1) + 2 * pad;
            Rectangle2D legendBox = new Rectangle2D.Double(frame.getWidth() - margin - legendWidth,
                    frame.getHeight() - margin - legendHeight, legendWidth, legendHeight);

            double kmPerPixel = projection.kilometresPerPixel();
            int km = 1;
            for (int candidate : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200}) {
                if (candidate / kmPerPixel <= 170 * u) {
                    km = candidate;
                }
            }
            double scaleLength = km / kmPerPixel;
            String scaleText = km + " " + texts.kilometres().in(language);
            String note = exhibit.ui().get(UiKey.MAP_POSITIONS_APPROXIMATE, language);
            double noteWidth = measure.textWidth(note, small) + 2 * pad;
            Rectangle2D noteBox = new Rectangle2D.Double(margin, frame.getHeight() - margin - line - pad, noteWidth,
                    line + pad);
            double scaleHeight = line + 14 * u;
            double scaleWidth = Math.max(scaleLength, measure.textWidth(scaleText, small)) + 2 * pad;
            Rectangle2D scaleBox = new Rectangle2D.Double(margin, noteBox.getY() - scaleHeight, scaleWidth,
                    scaleHeight);

            String letter = texts.north().in(language);
            double northWidth = Math.max(40 * u, measure.textWidth(letter, smallBold) + 2 * pad);
            Rectangle2D north = new Rectangle2D.Double(margin, margin, northWidth, 54 * u + line);
            return new Furniture(new Legend(legendBox, title, entries, line), scaleBox, scaleLength, scaleText, note,
                    noteBox, north, letter);
        }
    }
}
