package org.exhibitkiosk.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 * @param textUnit   the size of one design pixel of text: the unit times the visitor's text size
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
        float textUnit,
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

    /** A movement drawn as an area around its places, in its side's colours (or fighting's). */
    public record Area(String movementId, Shape shape, OperationsMap.MovementKind kind, Color edge, Color fill) {
    }

    /** A movement drawn as an arrow through its places: the shaft and the head, in its side's colour. */
    public record Arrow(String movementId, Shape shaft, Shape head, OperationsMap.MovementKind kind, Color colour) {
    }

    /**
     * How a map is drawn besides its view: the colours, the sizes, and what part of the picture a
     * visitor is sure to see.
     *
     * @param palette      the colours and the text minimum
     * @param unit         the size of one design pixel
     * @param textScale    the visitor's text size (1, 1.2, 1.4): every text on the map grows with it
     * @param seen         the part of the picture always in sight (a pan shows the rest only at
     *                     times): labels and furniture stay inside it; null for the whole picture
     * @param legendOpen   whether the legend shows its entries or only its title; null to show
     *                     them where they take no more than a fifth of the map
     */
    public record Look(MapPalette palette, float unit, float textScale, Rectangle2D seen, Boolean legendOpen) {

        public static Look of(MapPalette palette, float unit) {
            return new Look(palette, unit, 1f, null, null);
        }

        public Look withTextScale(float scale) {
            return new Look(palette, unit, scale, seen, legendOpen);
        }

        public Look withSeen(Rectangle2D part) {
            return new Look(palette, unit, textScale, part, legendOpen);
        }

        public Look withLegendOpen(Boolean open) {
            return new Look(palette, unit, textScale, seen, open);
        }
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

    /** The legend: a title and one line per kind of thing on the map (none when folded). */
    public record Legend(Rectangle2D box, String title, List<LegendEntry> entries, double lineHeight) {
    }

    /** What a line of the legend shows. */
    public enum LegendSymbol { TOWN, VILLAGE, UNCERTAIN, RIVER, RIDGE, REGION, SIDE, PREPARED, WITHDRAWAL, FIGHTING }

    /** A line of the legend: its symbol, drawn in {@code colour} for a side, and its words. */
    public record LegendEntry(LegendSymbol symbol, String text, Color colour) {
        public LegendEntry(LegendSymbol symbol, String text) {
            this(symbol, text, null);
        }
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

    /** A text style at a design size, never under the theme's minimum, grown with the visitor's text size. */
    public TextStyle style(FontStyle font, float designSize) {
        return textStyle(font, designSize, textUnit, palette);
    }

    static TextStyle textStyle(FontStyle font, float designSize, float textUnit, MapPalette palette) {
        return new TextStyle(font, Math.max(designSize, palette.textMinimum()) * textUnit);
    }

    /**
     * Lays out the map of one day, in the palette's colours at a unit's size.
     *
     * @param measure how text measures on the canvas it will be drawn on
     */
    public static MapScene build(Exhibit exhibit, LocalDate day, String language, MapProjection projection,
                                 float unit, TextMeasure measure, MapPalette palette) {
        return build(exhibit, day, language, projection, Look.of(palette, unit), measure);
    }

    /**
     * Lays out the map of one day.
     *
     * @param measure how text measures on the canvas it will be drawn on
     */
    public static MapScene build(Exhibit exhibit, LocalDate day, String language, MapProjection projection,
                                 Look look, TextMeasure measure) {
        return new Builder(exhibit, day, language, projection, look, measure).build();
    }

    /**
     * The view of a day that a visitor sees first: the places of the day's movements and events
     * (inside the map's extent) framed with room around them, never closer than to show a fifth
     * of the map's height, in a box of {@code width} by {@code height}. The whole map on a day
     * with nothing on it.
     */
    public static MapProjection dayView(Exhibit exhibit, LocalDate day, double width, double height) {
        OperationsMap.Extent home = exhibit.map().extent();
        MapProjection whole = MapProjection.fit(home, width, height);
        double south = 90;
        double north = -90;
        double west = 180;
        double east = -180;
        Map<String, Places.Place> byId = new LinkedHashMap<>();
        for (Places.Place place : exhibit.places().places()) {
            byId.put(place.id(), place);
        }
        for (String id : placesOfTheDay(exhibit, day)) {
            Places.Place place = byId.get(id);
            if (place == null || !home.contains(place.latitude(), place.longitude())) {
                continue;
            }
            south = Math.min(south, place.latitude());
            north = Math.max(north, place.latitude());
            west = Math.min(west, place.longitude());
            east = Math.max(east, place.longitude());
        }
        if (south > north) {
            return whole;
        }
        // Room for the labels and the furniture around the action: half its size again on each side.
        double latSpan = Math.max(north - south, (home.north() - home.south()) / 5);
        double lonSpan = Math.max(east - west, (home.east() - home.west()) / 5);
        double midLat = (south + north) / 2;
        double midLon = (west + east) / 2;
        Point2D centre = whole.project(midLat, midLon);
        Point2D corner = whole.project(midLat + latSpan, midLon + lonSpan);
        double spanX = Math.abs(corner.getX() - centre.getX()) * 2;
        double spanY = Math.abs(corner.getY() - centre.getY()) * 2;
        double zoom = Math.min(width / spanX, height / spanY);
        if (zoom <= 1.05) {
            return whole;
        }
        return whole.zoomedAt(centre.getX(), centre.getY(), Math.min(zoom, 3))
                .pannedBy(width / 2 - centre.getX(), height / 2 - centre.getY());
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
        private final float textUnit;
        private final Look look;
        private final TextMeasure measure;
        private final MapPalette palette;
        private final Map<String, Places.Place> places = new LinkedHashMap<>();
        private final Set<String> featurePlaces = new LinkedHashSet<>();
        /** The whole picture: what is drawn. */
        private final Rectangle2D picture;
        /** The part always in sight: where labels and furniture go. */
        private final Rectangle2D frame;
        private final List<Label> labels = new ArrayList<>();
        /** Every drawn line with the reach of its ink: labels and furniture keep clear of them. */
        private final List<LabelPlacer.Stroke> strokes = new ArrayList<>();
        /** The drawn lines of the day's movements (arrows, outlines): furniture never covers them. */
        private final Set<LabelPlacer.Stroke> movementStrokes = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Every drawn line, to find where two of them cross. */
        private final List<List<Point2D>> drawnLines = new ArrayList<>();
        private final List<Rectangle2D> arrowHeads = new ArrayList<>();
        private final List<Rectangle2D> blocked = new ArrayList<>();
        private final List<LabelPlacer.Point> points = new ArrayList<>();

        Builder(Exhibit exhibit, LocalDate day, String language, MapProjection projection, Look look,
                TextMeasure measure) {
            this.exhibit = exhibit;
            this.map = exhibit.map();
            this.day = day;
            this.language = language;
            this.projection = projection;
            this.look = look;
            this.u = look.unit();
            this.textUnit = look.unit() * look.textScale();
            this.measure = measure;
            this.palette = look.palette();
            this.picture = new Rectangle2D.Double(0, 0, projection.width(), projection.height());
            this.frame = look.seen() == null ? picture : look.seen().createIntersection(picture);
            for (Places.Place place : exhibit.places().places()) {
                places.put(place.id(), place);
            }
            for (Feature feature : map.features()) {
                featurePlaces.add(feature.place());
            }
        }

        private TextStyle style(FontStyle font, float size) {
            return textStyle(font, size, textUnit, palette);
        }

        MapScene build() {
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
                        drawn(Geometry.flatten(outline), 2 * u, false, false);
                        labels.add(label("region:" + feature.id(), name, style(FontStyle.DISPLAY_ITALIC, REGION_SIZE),
                                palette.regionText(), new Label.AreaAnchor(outline, true), REGION, false, 0));
                    }
                    case RIVER, RIDGE -> {
                        List<Point2D> smooth = Geometry.smooth(points, 8);
                        Path2D line = Geometry.polyline(smooth);
                        boolean river = feature.kind() == OperationsMap.FeatureKind.RIVER;
                        (river ? rivers : ridges).add(line);
                        // A ridge's hachures stand out 7 pixels on one side.
                        drawn(smooth, river ? 3 * u : 8.5 * u, river, false);
                        Color colour = feature.kind() == OperationsMap.FeatureKind.RIVER ? palette.water()
                                : palette.ridge();
                        labels.add(label("feature:" + feature.id(), name, style(FontStyle.DISPLAY_ITALIC, FEATURE_SIZE),
                                colour, new Label.LineAnchor(smooth, 6 * u, false), FEATURE, false, 0));
                    }
                    default -> throw new IllegalStateException("unknown feature kind " + feature.kind());
                }
            }

            // Regions without an outline (the district the exhibit is about): a name in the open, around its point.
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
            // The movements' labels wait for the furniture: whether enough of a movement is in
            // sight for its label to be owed depends on where the legend goes.
            List<Runnable> movementLabels = new ArrayList<>();
            for (Movement movement : map.movementsOn(day)) {
                List<Point2D> points = new ArrayList<>();
                for (String id : movement.places()) {
                    Places.Place place = places.get(id);
                    if (place != null) {
                        points.add(projection.project(place.latitude(), place.longitude()));
                    }
                }
                OperationsMap.Side side = map.side(movement.side());
                boolean fighting = side == null;
                Color colour = fighting ? palette.fighting() : palette.side(side.colour());
                Color fill = fighting ? palette.fightingFill() : palette.sideFill(side.colour());
                String key = "movement:" + movement.id();
                TextStyle labelStyle = style(FontStyle.BODY_BOLD, MOVEMENT_SIZE);
                String text = movement.label().in(language);
                if (movement.kind().isArrow()) {
                    Arrow arrow = arrow(movement, points, colour);
                    arrows.add(arrow);
                    List<Point2D> shaft = Geometry.flatten(arrow.shaft());
                    drawn(shaft, 6 * u, true, true);
                    blocked.add(arrow.head().getBounds2D());
                    arrowHeads.add(arrow.head().getBounds2D());
                    movementLabels.add(() -> labels.add(label(key, text, labelStyle, colour,
                            new Label.LineAnchor(shaft, 10 * u, true), MOVEMENT, visible(arrow.shaft()), 300 * u)));
                } else {
                    Shape shape = Geometry.roundedHull(points, 22 * u);
                    areas.add(new Area(movement.id(), shape, movement.kind(), colour, fill));
                    drawn(Geometry.flatten(shape), 3 * u, true, true);
                    movementLabels.add(() -> labels.add(label(key, text, labelStyle, colour,
                            new Label.AreaAnchor(shape, false), MOVEMENT, visible(shape), 300 * u)));
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
                if (!frame.contains(at)) {
                    continue;
                }
                SymbolKind kind = symbolKind(place);
                double radius = (kind == SymbolKind.TOWN ? 7 : 5.5) * u;
                symbols.add(new Symbol(place.id(), at, radius, kind));
            }

            List<Point2D> crossings = crossings();
            Furniture furniture = furniture(symbols, areas, arrows, regions, rivers, ridges, crossings);
            blocked.addAll(furniture.boxes());
            // Should the furniture have had to cover a place after all, the place is not drawn
            // half hidden: it is left out, with its name.
            symbols.removeIf(symbol -> furniture.boxes().stream()
                    .anyMatch(b -> LabelPlacer.distance(b, symbol.at()) <= symbol.radius()));
            movementLabels.forEach(Runnable::run);
            for (Symbol symbol : symbols) {
                Places.Place place = places.get(symbol.placeId());
                boolean town = place.kind() == Places.Kind.TOWN || place.kind() == Places.Kind.CITY;
                points.add(new LabelPlacer.Point("place:" + place.id(), symbol.at(), symbol.radius() + u));
                boolean ofDay = ofTheDay.contains(place.id());
                boolean isNamed = named.contains(place.id());
                labels.add(label("place:" + place.id(), place.name().in(language),
                        town ? style(FontStyle.BODY_BOLD, TOWN_SIZE) : style(FontStyle.BODY, PLACE_SIZE),
                        palette.text(), new Label.PointAnchor(symbol.at(), symbol.radius() + 5 * u),
                        isNamed ? PLACE_OF_THE_DAY : ofDay ? PLACE_IN_AN_AREA : TOWN, isNamed, 230 * u));
            }

            LabelLayout layout = new LabelPlacer().place(labels, measure,
                    new LabelPlacer.Obstacles(frame, blocked, points, strokes, crossings, 3 * u, 12 * u));
            return new MapScene(projection, u, textUnit, palette, language, day, regions, rivers, ridges, areas, arrows,
                    symbols, layout, furniture);
        }

        /** Where two drawn lines cross (a river and an arrow, a ridge and a region's edge): no label hides them. */
        private List<Point2D> crossings() {
            List<Point2D> found = new ArrayList<>();
            for (int a = 0; a < drawnLines.size(); a++) {
                for (int b = a + 1; b < drawnLines.size(); b++) {
                    Geometry.crossings(drawnLines.get(a), drawnLines.get(b), found);
                }
            }
            found.removeIf(p -> !picture.contains(p));
            return found;
        }

        /**
         * Whether enough of a shape is in view, clear of the furniture, for its label to be owed to
         * the visitor: a stretch of its outline or line at least as long as a short label.
         */
        private boolean visible(Shape shape) {
            double margin = 40 * u;
            Rectangle2D inner = new Rectangle2D.Double(frame.getX() + margin, frame.getY() + margin,
                    frame.getWidth() - 2 * margin, frame.getHeight() - 2 * margin);
            List<Point2D> line = Geometry.flatten(shape);
            double seen = 0;
            for (int i = 1; i < line.size(); i++) {
                Point2D a = line.get(i - 1);
                Point2D b = line.get(i);
                if (clear(inner, a) && clear(inner, b)) {
                    seen += a.distance(b);
                }
            }
            return seen >= 120 * u;
        }

        private boolean clear(Rectangle2D inner, Point2D p) {
            return inner.contains(p) && blocked.stream().noneMatch(b -> b.contains(p));
        }

        private Arrow arrow(Movement movement, List<Point2D> points, Color colour) {
            List<Point2D> smooth = Geometry.smooth(points, 12);
            double headLength = 20 * u;
            List<Point2D> trimmed = Geometry.trim(smooth, 12 * u, 10 * u);
            Point2D tip = trimmed.get(trimmed.size() - 1);
            List<Point2D> shaft = Geometry.trim(trimmed, 0, headLength * 0.8);
            Point2D base = shaft.get(shaft.size() - 1);
            Shape head = Geometry.arrowHead(base, tip, 18 * u);
            return new Arrow(movement.id(), Geometry.polyline(shaft), head, movement.kind(), colour);
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

        /**
         * A line drawn on the map, whose ink reaches {@code reach} either side; {@code hard} when
         * no label may cross it (movements and rivers).
         */
        private void drawn(List<Point2D> line, double reach, boolean hard, boolean movement) {
            LabelPlacer.Stroke stroke = new LabelPlacer.Stroke(line, reach, hard);
            strokes.add(stroke);
            if (movement) {
                movementStrokes.add(stroke);
            }
            drawnLines.add(line);
        }

        // ---- furniture ----

        /**
         * The legend, the scale with its note and the north arrow, each where it covers least of
         * the map: never a place's symbol, an arrow's head, a movement or a crossing of two lines
         * when a spot clear of them exists, and as few other lines as can be. The legend lists only
         * what the map draws in sight; left to itself, it folds to its title when it is too large or
         * could go nowhere without covering the day's action.
         */
        private Furniture furniture(List<Symbol> symbols, List<Area> areas, List<Arrow> arrows, List<Shape> regions,
                                    List<Shape> rivers, List<Shape> ridges, List<Point2D> crossings) {
            OperationsMap.Texts texts = map.texts();
            TextStyle small = style(FontStyle.BODY, FURNITURE_SIZE);
            TextStyle smallBold = style(FontStyle.BODY_BOLD, FURNITURE_SIZE);
            double margin = MARGIN * u;
            double line = measure.lineHeight(small) * 1.15;
            double swatch = 34 * u;
            double pad = 10 * u;
            Cover cover = new Cover(symbols, crossings);

            List<LegendEntry> entries = new ArrayList<>();
            if (!Boolean.FALSE.equals(look.legendOpen())) {
                entries.addAll(legendEntries(symbols, areas, arrows, regions, rivers, ridges, texts));
            }
            String title = texts.legend().in(language);
            double titleWidth = measure.textWidth(title, smallBold) + 2 * pad;
            double textWidth = measure.textWidth(title, smallBold);
            for (LegendEntry entry : entries) {
                textWidth = Math.max(textWidth, swatch + 8 * u + measure.textWidth(entry.text(), small));
            }
            double legendWidth = textWidth + 2 * pad;
            double legendHeight = line * (entries.size() + 1) + 2 * pad;
            Rectangle2D legendBox = null;
            if (look.legendOpen() == null && (legendWidth * legendHeight > frame.getWidth() * frame.getHeight() / 5
                    || legendHeight > frame.getHeight() * 0.6)) {
                // Too large to leave open unasked (large text, a small screen): folded to its title.
                entries.clear();
            } else if (!entries.isEmpty()) {
                legendBox = cover.bestSpot(legendWidth, legendHeight, List.of());
                if (look.legendOpen() == null && (legendBox == null || cover.cost(legendBox) >= Cover.ACTION)) {
                    entries.clear();
                    legendBox = null;
                }
            }
            if (legendBox == null) {
                entries.clear();
                legendBox = cover.bestSpot(titleWidth, line + 2 * pad, List.of());
            }
            if (legendBox == null) {
                legendBox = new Rectangle2D.Double(frame.getMaxX() - margin - titleWidth,
                        frame.getMaxY() - margin - line - 2 * pad, titleWidth, line + 2 * pad);
            }

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
            // The note's box holds its text with the pad either side and a line's height and a half
            // pad above and below: measured on the canvas the map is drawn on, rounded up.
            double noteWidth = Math.ceil(measure.textWidth(note, small)) + 2 * pad;
            double noteHeight = Math.ceil(line) + pad;
            double scaleHeight = line + 14 * u;
            double scaleWidth = Math.max(scaleLength, measure.textWidth(scaleText, small)) + 2 * pad;
            double panelWidth = Math.max(noteWidth, scaleWidth);
            Rectangle2D panel = cover.bestSpot(panelWidth, scaleHeight + noteHeight, List.of(legendBox));
            if (panel == null) {
                panel = new Rectangle2D.Double(frame.getMinX() + margin, frame.getMaxY() - margin - scaleHeight
                        - noteHeight, panelWidth, scaleHeight + noteHeight);
            }
            Rectangle2D scaleBox = new Rectangle2D.Double(panel.getX(), panel.getY(), panelWidth, scaleHeight);
            Rectangle2D noteBox = new Rectangle2D.Double(panel.getX(), panel.getY() + scaleHeight, panelWidth,
                    noteHeight);

            String letter = texts.north().in(language);
            double northWidth = Math.max(40 * u, measure.textWidth(letter, smallBold) + 2 * pad);
            double northHeight = 54 * u + line;
            Rectangle2D north = cover.bestSpot(northWidth, northHeight, List.of(legendBox, panel));
            if (north == null) {
                north = new Rectangle2D.Double(frame.getMinX() + margin, frame.getMinY() + margin, northWidth,
                        northHeight);
            }
            return new Furniture(new Legend(legendBox, title, entries, line), scaleBox, scaleLength, scaleText, note,
                    noteBox, north, letter);
        }

        /** One line per kind of thing drawn in sight, in the legend's order. */
        private List<LegendEntry> legendEntries(List<Symbol> symbols, List<Area> areas, List<Arrow> arrows,
                                                List<Shape> regions, List<Shape> rivers, List<Shape> ridges,
                                                OperationsMap.Texts texts) {
            Set<SymbolKind> kinds = new LinkedHashSet<>();
            symbols.forEach(s -> kinds.add(s.kind()));
            List<LegendEntry> entries = new ArrayList<>();
            if (kinds.contains(SymbolKind.TOWN)) {
                entries.add(new LegendEntry(LegendSymbol.TOWN, texts.town().in(language)));
            }
            if (kinds.contains(SymbolKind.VILLAGE)) {
                entries.add(new LegendEntry(LegendSymbol.VILLAGE, texts.village().in(language)));
            }
            if (kinds.contains(SymbolKind.UNCERTAIN)) {
                entries.add(new LegendEntry(LegendSymbol.UNCERTAIN, texts.uncertain().in(language)));
            }
            if (rivers.stream().anyMatch(this::inSight)) {
                entries.add(new LegendEntry(LegendSymbol.RIVER, texts.river().in(language)));
            }
            if (ridges.stream().anyMatch(this::inSight)) {
                entries.add(new LegendEntry(LegendSymbol.RIDGE, texts.ridge().in(language)));
            }
            if (regions.stream().anyMatch(this::inSight)) {
                entries.add(new LegendEntry(LegendSymbol.REGION, texts.region().in(language)));
            }
            Set<String> sidesDrawn = new LinkedHashSet<>();
            boolean prepared = false;
            boolean withdrawal = false;
            boolean fighting = false;
            for (Movement movement : map.movementsOn(day)) {
                boolean shown = arrows.stream().anyMatch(a -> a.movementId().equals(movement.id())
                        && inSight(a.shaft()))
                        || areas.stream().anyMatch(a -> a.movementId().equals(movement.id()) && inSight(a.shape()));
                if (!shown) {
                    continue;
                }
                if (map.side(movement.side()) == null) {
                    fighting |= movement.kind() == OperationsMap.MovementKind.FIGHTING || !movement.kind().isArrow();
                } else {
                    sidesDrawn.add(movement.side());
                }
                prepared |= movement.kind() == OperationsMap.MovementKind.PREPARED;
                withdrawal |= movement.kind() == OperationsMap.MovementKind.WITHDRAWAL;
                fighting |= movement.kind() == OperationsMap.MovementKind.FIGHTING;
            }
            for (OperationsMap.Side side : map.sides()) {
                if (sidesDrawn.contains(side.id())) {
                    entries.add(new LegendEntry(LegendSymbol.SIDE, side.name().in(language),
                            palette.side(side.colour())));
                }
            }
            if (prepared) {
                entries.add(new LegendEntry(LegendSymbol.PREPARED, texts.prepared().in(language)));
            }
            if (withdrawal) {
                entries.add(new LegendEntry(LegendSymbol.WITHDRAWAL, texts.withdrawal().in(language)));
            }
            if (fighting) {
                entries.add(new LegendEntry(LegendSymbol.FIGHTING, texts.fighting().in(language)));
            }
            return entries;
        }

        /** Whether any of a drawn shape's line lies inside the part of the picture in sight. */
        private boolean inSight(Shape shape) {
            return MapScene.inSight(shape, frame);
        }

        /** What a piece of furniture would cover at a spot, and the spot where it covers least. */
        private final class Cover {
            /** A cost at or above this covers something of the day's action. */
            static final double ACTION = 50;

            private final List<Symbol> symbols;
            private final List<Point2D> crossings;

            Cover(List<Symbol> symbols, List<Point2D> crossings) {
                this.symbols = symbols;
                this.crossings = crossings;
            }

            double cost(Rectangle2D box) {
                double cost = 0;
                Rectangle2D near = grow(box, 30 * u);
                for (Symbol symbol : symbols) {
                    double d = LabelPlacer.distance(box, symbol.at());
                    if (d <= symbol.radius() + 4 * u) {
                        cost += 1000;
                    } else if (near.contains(symbol.at())) {
                        cost += 3;              // its name needs room beside it
                    }
                }
                for (Rectangle2D head : arrowHeads) {
                    if (head.intersects(box)) {
                        cost += 500;
                    }
                }
                for (Point2D crossing : crossings) {
                    if (box.contains(crossing)) {
                        cost += 200;
                    }
                }
                for (LabelPlacer.Stroke stroke : strokes) {
                    int touched = touched(box, stroke);
                    if (touched > 0) {
                        cost += movementStrokes.contains(stroke) ? ACTION + touched
                                : stroke.hard() ? 5 + 0.2 * touched : 1 + 0.1 * touched;
                    }
                }
                return cost;
            }

            private int touched(Rectangle2D box, LabelPlacer.Stroke stroke) {
                Rectangle2D grown = grow(box, stroke.reach());
                int count = 0;
                List<Point2D> line = stroke.line();
                for (int i = 1; i < line.size(); i++) {
                    if (grown.intersectsLine(line.get(i - 1).getX(), line.get(i - 1).getY(), line.get(i).getX(),
                            line.get(i).getY())) {
                        count++;
                    }
                }
                return count;
            }

            /**
             * The spot of a box of {@code w} by {@code h} along the frame's edges (a corner
             * preferred: bottom right, bottom left, top right, top left) that covers least, clear
             * of the boxes {@code taken}; null when none fits.
             */
            Rectangle2D bestSpot(double w, double h, List<Rectangle2D> taken) {
                double margin = MARGIN * u;
                double left = frame.getMinX() + margin;
                double top = frame.getMinY() + margin;
                double right = frame.getMaxX() - margin - w;
                double bottom = frame.getMaxY() - margin - h;
                if (right < left || bottom < top) {
                    return null;
                }
                List<Point2D> spots = new ArrayList<>(List.of(new Point2D.Double(right, bottom),
                        new Point2D.Double(left, bottom), new Point2D.Double(right, top), new Point2D.Double(left, top)));
                for (int i = 1; i < 4; i++) {
                    double x = left + (right - left) * i / 4;
                    double y = top + (bottom - top) * i / 4;
                    spots.add(new Point2D.Double(x, bottom));
                    spots.add(new Point2D.Double(x, top));
                    spots.add(new Point2D.Double(right, y));
                    spots.add(new Point2D.Double(left, y));
                }
                Rectangle2D best = null;
                double least = Double.MAX_VALUE;
                for (int i = 0; i < spots.size(); i++) {
                    Rectangle2D box = new Rectangle2D.Double(spots.get(i).getX(), spots.get(i).getY(), w, h);
                    if (taken.stream().anyMatch(t -> grow(t, margin / 2).intersects(box))) {
                        continue;
                    }
                    double cost = cost(box) + (i < 4 ? 0.1 * i : 2);
                    if (cost < least) {
                        least = cost;
                        best = box;
                    }
                }
                return best;
            }
        }
    }

    /** Whether any of a drawn shape's line lies inside a part of the picture. */
    static boolean inSight(Shape shape, Rectangle2D part) {
        List<Point2D> line = Geometry.flatten(shape);
        for (int i = 1; i < line.size(); i++) {
            if (part.intersectsLine(line.get(i - 1).getX(), line.get(i - 1).getY(), line.get(i).getX(),
                    line.get(i).getY())) {
                return true;
            }
        }
        return line.size() == 1 && part.contains(line.get(0));
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
