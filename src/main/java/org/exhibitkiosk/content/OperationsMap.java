package org.exhibitkiosk.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code map.yaml}: the map of the operations and what it shows day by day. The region's shape is
 * drawn from coordinates written here (rivers, ridges, neighbouring regions), the places from
 * {@code places.yaml}; the movements say what the source says happened, each dated and each
 * naming its places by id. Every position is approximate. Immutable, thread-safe.
 *
 * @param extent     the part of the world the map shows at first
 * @param periods    the days the visitor can step through, as ranges in date order
 * @param sides      the parties whose movements the map shows, each with its name and colour
 * @param summaryDay the day the printed take-home summary shows; no map on paper when left out
 * @param texts      the map's own words: legend, date formats, controls
 * @param features   rivers, ridges and neighbouring regions, drawn from coordinates
 * @param movements  what happened, dated: arrows and areas through places
 * @param eventNotes content notes shown before the text of some timeline events
 */
public record OperationsMap(
        Extent extent,
        List<Period> periods,
        List<Side> sides,
        @OptionalKey HistoricDate summaryDay,
        Texts texts,
        List<Feature> features,
        List<Movement> movements,
        @OptionalKey List<EventNote> eventNotes) {

    public OperationsMap {
        periods = List.copyOf(periods);
        sides = List.copyOf(sides);
        features = List.copyOf(features);
        movements = List.copyOf(movements);
        eventNotes = eventNotes == null ? List.of() : List.copyOf(eventNotes);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("periods must list at least one range of days");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).from().firstDay().isAfter(periods.get(i - 1).until().firstDay())) {
                throw new IllegalArgumentException("periods must be in date order and must not overlap: "
                        + periods.get(i).from() + " is not after " + periods.get(i - 1).until());
            }
        }
        for (Period period : periods) {
            for (LocalDate day = period.from().firstDay(); !day.isAfter(period.until().firstDay());
                    day = day.plusDays(1)) {
                if (texts.dateFormat(day.getMonthValue()) == null) {
                    throw new IllegalArgumentException("texts has no entry under 'dates' for month "
                            + day.getMonthValue() + ", which the periods include");
                }
            }
        }
        for (int i = 0; i < sides.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sides.get(i).colour() == sides.get(j).colour()) {
                    throw new IllegalArgumentException("sides '" + sides.get(j).id() + "' and '" + sides.get(i).id()
                            + "' have the same colour (" + sides.get(i).colour().key()
                            + "); give each side a colour of its own");
                }
            }
        }
        if (summaryDay != null) {
            if (!summaryDay.hasDay()) {
                throw new IllegalArgumentException("summaryDay must be a day, written YYYY-MM-DD");
            }
            LocalDate day = summaryDay.firstDay();
            if (periods.stream().noneMatch(p -> !day.isBefore(p.from().firstDay()) && !day.isAfter(p.until().firstDay()))) {
                throw new IllegalArgumentException("summaryDay " + summaryDay + " is not one of the days the map "
                        + "steps through; choose a day inside one of the periods");
            }
        }
    }

    /** The kind of id a map's side declares ({@code side:} of a movement refers to it). */
    public static final String SIDE_ID = "map side";

    /** The kind of the days a map steps through, which other files may name ({@code mapDay:}). */
    public static final String DAY_ID = "map day";

    /** Every day the visitor can step through, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (Period period : periods) {
            for (LocalDate day = period.from().firstDay(); !day.isAfter(period.until().firstDay());
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The side with this id, or null. */
    public Side side(String id) {
        return id == null ? null : sides.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The day the printed summary shows, or null for no map on paper. */
    public LocalDate printedDay() {
        return summaryDay == null ? null : summaryDay.firstDay();
    }

    /** The movements shown on a day. */
    public List<Movement> movementsOn(LocalDate day) {
        return movements.stream().filter(m -> m.isOn(day)).toList();
    }

    /** The content note for a timeline event, or null. */
    public LocalizedText noteFor(String eventId) {
        return eventNotes.stream().filter(n -> n.event().equals(eventId)).map(EventNote::note).findFirst()
                .orElse(null);
    }

    /**
     * A box of latitudes and longitudes, in degrees.
     *
     * @param south southern edge, degrees north
     * @param west  western edge, degrees east
     * @param north northern edge, degrees north
     * @param east  eastern edge, degrees east
     */
    public record Extent(double south, double west, double north, double east) {
        public Extent {
            if (south < -85 || north > 85) {
                throw new IllegalArgumentException("south and north must be between -85 and 85");
            }
            if (west < -180 || east > 180) {
                throw new IllegalArgumentException("west and east must be between -180 and 180");
            }
            if (north <= south) {
                throw new IllegalArgumentException("north must be greater than south");
            }
            if (east <= west) {
                throw new IllegalArgumentException("east must be greater than west");
            }
        }

        public boolean contains(double latitude, double longitude) {
            return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
        }
    }

    /**
     * A range of days, both ends included.
     *
     * @param from  the first day (YYYY-MM-DD)
     * @param until the last day (YYYY-MM-DD)
     */
    public record Period(HistoricDate from, HistoricDate until) {
        public Period {
            if (!from.hasDay()) {
                throw new IllegalArgumentException("from must be a day, written YYYY-MM-DD");
            }
            if (!until.hasDay()) {
                throw new IllegalArgumentException("until must be a day, written YYYY-MM-DD");
            }
            if (until.compareTo(from) < 0) {
                throw new IllegalArgumentException("until is before from");
            }
            if (from.firstDay().plusDays(366).isBefore(until.firstDay())) {
                throw new IllegalArgumentException("until is more than a year after from; split the period");
            }
        }
    }

    /**
     * The map's own words, each in every language.
     *
     * @param title          above the map
     * @param legend         the legend's heading
     * @param town           legend: a town or city
     * @param village        legend: a village or other place
     * @param uncertain      legend: a place whose location is uncertain
     * @param river          legend: a river
     * @param ridge          legend: a ridge or mountains
     * @param region         legend: a neighbouring region
         * @param prepared       legend: an attack prepared (dashed)
     * @param withdrawal     legend: a withdrawal (hollow arrow)
     * @param fighting       legend: an area of fighting
     * @param kilometres     the unit after the scale bar's length
     * @param north          the letter on the north arrow
     * @param resetView      the button that shows the whole map again
     * @param showLegend     the button that unfolds the legend (the legend's title when left out)
     * @param hideLegend     the button that folds the legend away (the legend's title when left out)
     * @param backToPanel    the button that returns to the panel the map was opened from
     * @param quietDay       beside the map, on a day with no event in the timeline
     * @param dates          how a day reads, per month, with its year: {0} is the day of the month
     */
    public record Texts(
            LocalizedText title,
            LocalizedText legend,
            LocalizedText town,
            LocalizedText village,
            LocalizedText uncertain,
            LocalizedText river,
            LocalizedText ridge,
            LocalizedText region,
            LocalizedText prepared,
            LocalizedText withdrawal,
            LocalizedText fighting,
            LocalizedText kilometres,
            LocalizedText north,
            LocalizedText resetView,
            @OptionalKey LocalizedText showLegend,
            @OptionalKey LocalizedText hideLegend,
            @OptionalKey LocalizedText backToPanel,
            LocalizedText quietDay,
            List<DateFormat> dates) {

        public Texts {
            dates = List.copyOf(dates);
            showLegend = showLegend == null ? legend : showLegend;
            hideLegend = hideLegend == null ? legend : hideLegend;
        }

        /** The pattern for days of a month (1 to 12), or null. */
        public LocalizedText dateFormat(int month) {
            return dates.stream().filter(d -> d.month() == month).map(DateFormat::day).findFirst().orElse(null);
        }

        /** A day as a visitor reads it: "6 November 1919", "6 noyabr 1919", "1919 թվականի նոյեմբերի 6". */
        public String day(LocalDate date, String language) {
            LocalizedText format = dateFormat(date.getMonthValue());
            String pattern = format == null ? "{0}" : format.in(language);
            return pattern.replace("{0}", Integer.toString(date.getDayOfMonth()));
        }
    }

    /**
     * How a day of one month reads.
     *
     * @param month 1 to 12
     * @param day   the pattern, with {0} for the day of the month
     */
    public record DateFormat(int month, LocalizedText day) {
        public DateFormat {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be between 1 and 12");
            }
            for (String text : day.values().values()) {
                if (!text.contains("{0}")) {
                    throw new IllegalArgumentException("day must contain {0} where the day of the month goes, in "
                            + "every language");
                }
            }
        }
    }

    /** What a feature is; each kind is drawn its own way. */
    public enum FeatureKind {
        /** A line: a river. */
        RIVER,
        /** A line: a ridge or a line of mountains. */
        RIDGE,
        /** A closed shape: a neighbouring region. */
        REGION
    }

    /**
     * A river, ridge or region, drawn as a line or shape through approximate coordinates.
     *
     * @param id     unique among features
     * @param kind   river, ridge or region
     * @param place  the place (from places.yaml) whose name labels it
     * @param points [latitude, longitude] pairs, in order along the line or around the shape
     */
    public record Feature(
            @DeclaresId("map feature") String id,
            FeatureKind kind,
            @RefersTo("place") String place,
            List<List<Double>> points) {

        public Feature {
            points = checkedPoints(points, kind == FeatureKind.REGION ? 3 : 2);
        }
    }

    /**
     * A party whose movements the map shows: its arrows and areas take its colour, and the legend
     * names it.
     *
     * @param id     unique among the map's sides; a movement's {@code side} names it
     * @param name   in the legend, as the visitor reads it ("the government's forces")
     * @param colour one of the theme's side colours
     */
    public record Side(@DeclaresId(SIDE_ID) String id, LocalizedText name, SideColour colour) {
    }

    /**
     * The colours a side may take. Each is a pair in the theme (Map.side.NAME and its fill, and
     * MapPrint.side.NAME for paper), chosen to stay apart from each other and from the map's own
     * colours, for colour-blind visitors too.
     */
    public enum SideColour {
        BLUE, ORANGE, GREEN, PURPLE, YELLOW, PINK;

        /** The colour's name as written in the content and in the theme's keys ("blue"). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a movement is; it sets the shape. */
    public enum MovementKind {
        /** An arrow along its places, in order. */
        ADVANCE(true),
        /** A dashed arrow: an attack prepared, which the source does not say was made. */
        PREPARED(true),
        /** An arrow back along its places, in order. */
        WITHDRAWAL(true),
        /** An area around its places: forces gathered. */
        GATHERING(false),
        /** An area around its places: fighting. */
        FIGHTING(false),
        /** An area around its places: operations. */
        OPERATIONS(false);

        private final boolean arrow;

        MovementKind(boolean arrow) {
            this.arrow = arrow;
        }

        public boolean isArrow() {
            return arrow;
        }

        /** As written in the content ("advance"). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Something that happened, shown on the map on the days it lasted.
     *
     * @param id     unique among movements
     * @param kind   advance, prepared, withdrawal (arrows); gathering, fighting, operations (areas)
     * @param side   the side it belongs to (an id from {@code sides}); may be left out for an area
     *               of fighting between sides
     * @param from   the first day it is shown (YYYY-MM-DD)
     * @param until  the last day it is shown; the same as from when left out
     * @param places the places it goes through (arrows, in order) or surrounds (areas), ids from places.yaml
     * @param label  a few words on the map
     * @param source which part of the source says so (not shown)
     */
    public record Movement(
            @DeclaresId("movement") String id,
            MovementKind kind,
            @OptionalKey @RefersTo(SIDE_ID) String side,
            HistoricDate from,
            @OptionalKey HistoricDate until,
            @RefersTo("place") List<String> places,
            LocalizedText label,
            String source) {

        public Movement {
            places = List.copyOf(places);
            if (!from.hasDay()) {
                throw new IllegalArgumentException("from must be a day, written YYYY-MM-DD");
            }
            if (until == null) {
                until = from;
            }
            if (!until.hasDay()) {
                throw new IllegalArgumentException("until must be a day, written YYYY-MM-DD");
            }
            if (until.compareTo(from) < 0) {
                throw new IllegalArgumentException("until is before from");
            }
            if (kind.isArrow() && places.size() < 2) {
                throw new IllegalArgumentException("places must name at least two places for an arrow ("
                        + kind.name().toLowerCase(Locale.ROOT) + "): where it starts and where it goes");
            }
            if (places.isEmpty()) {
                throw new IllegalArgumentException("places must name at least one place");
            }
            if (kind.isArrow() && side == null) {
                throw new IllegalArgumentException("side must be given for an arrow (" + kind.key()
                        + "): the id of one of the map's sides");
            }
        }

        public boolean isOn(LocalDate day) {
            return !day.isBefore(from.firstDay()) && !day.isAfter(until.firstDay());
        }
    }

    /**
     * A content note shown before a timeline event's text beside the map.
     *
     * @param event the event (id from timeline.yaml)
     * @param note  what the text describes
     */
    public record EventNote(@RefersTo("event") String event, LocalizedText note) {
    }

    private static List<List<Double>> checkedPoints(List<List<Double>> points, int atLeast) {
        if (points.size() < atLeast) {
            throw new IllegalArgumentException("points must list at least " + atLeast
                    + " [latitude, longitude] pairs");
        }
        List<List<Double>> copy = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            List<Double> point = points.get(i);
            if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
                throw new IllegalArgumentException("points item " + (i + 1)
                        + " must be a pair [latitude, longitude], like [39.51, 46.34]");
            }
            if (Math.abs(point.get(0)) > 90 || Math.abs(point.get(1)) > 180) {
                throw new IllegalArgumentException("points item " + (i + 1)
                        + " is not on the Earth: latitude must be between -90 and 90, longitude between -180 and 180");
            }
            copy.add(List.copyOf(point));
        }
        return List.copyOf(copy);
    }
}
