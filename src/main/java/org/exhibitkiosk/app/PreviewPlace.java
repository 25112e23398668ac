package org.exhibitkiosk.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.screens.Place;

/**
 * A place a curator asks the preview to open ({@code --open}), as written on the command line:
 * {@code SECTION/PANEL-ID}, {@code SECTION}, {@code map/YYYY-MM-DD}, {@code map}, {@code key-facts},
 * {@code perspectives}, {@code credits}, {@code home}, {@code welcome}. It is found again in each
 * exhibit read, so that the preview stays on the same panel when panels are added before it.
 * Immutable, thread-safe.
 */
public record PreviewPlace(String written) {

    /** The place in {@code exhibit}, or empty when the exhibit has no such place. */
    public Optional<Place> in(Exhibit exhibit) {
        String place = written.strip();
        switch (place) {
            case "welcome" -> {
                return Optional.of(new Place.Welcome());
            }
            case "home" -> {
                return Optional.of(new Place.Home());
            }
            case "key-facts" -> {
                return exhibit.keyFacts() == null ? Optional.empty() : Optional.of(new Place.KeyFacts());
            }
            case "perspectives" -> {
                return exhibit.perspectives() == null ? Optional.empty() : Optional.of(new Place.Perspectives());
            }
            case "credits" -> {
                return Optional.of(new Place.Credits());
            }
            case "map" -> {
                return hasMap(exhibit) ? Optional.of(new Place.Map()) : Optional.empty();
            }
            default -> {
                // handled below
            }
        }
        int slash = place.indexOf('/');
        String first = slash < 0 ? place : place.substring(0, slash);
        String rest = slash < 0 ? null : place.substring(slash + 1);
        if (first.equals("map") && rest != null && hasMap(exhibit)) {
            try {
                LocalDate day = LocalDate.parse(rest);
                return exhibit.map().days().contains(day) ? Optional.of(new Place.Map(day, null)) : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Optional<Section> section = exhibit.section(first);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        if (rest == null) {
            return Optional.of(new Place.Reading(first, 0));
        }
        List<Panel> panels = section.get().panels();
        for (int page = 0; page < panels.size(); page++) {
            if (panels.get(page).id().equals(rest)) {
                return Optional.of(new Place.Reading(first, page));
            }
        }
        return Optional.empty();
    }

    /** Every place of {@code exhibit} that {@code --open} takes, in the order a visitor meets them. */
    public static List<String> all(Exhibit exhibit) {
        List<String> places = new ArrayList<>(List.of("welcome", "home"));
        for (Section section : exhibit.sections()) {
            places.add(section.id());
            section.panels().forEach(panel -> places.add(section.id() + "/" + panel.id()));
        }
        if (exhibit.keyFacts() != null) {
            places.add("key-facts");
        }
        if (exhibit.perspectives() != null) {
            places.add("perspectives");
        }
        if (hasMap(exhibit)) {
            places.add("map");
            exhibit.map().days().forEach(day -> places.add("map/" + day));
        }
        places.add("credits");
        return places;
    }

    /** Says that the place is not in the exhibit, and which places are, a line for each kind. */
    public String notFound(Exhibit exhibit) {
        StringBuilder text = new StringBuilder("--open " + written + ": the exhibit has no such place. Its places:");
        List<String> single = new ArrayList<>(List.of("welcome", "home"));
        if (exhibit.keyFacts() != null) {
            single.add("key-facts");
        }
        if (exhibit.perspectives() != null) {
            single.add("perspectives");
        }
        if (hasMap(exhibit)) {
            single.add("map");
        }
        single.add("credits");
        text.append(System.lineSeparator()).append("  ").append(String.join(", ", single));
        for (Section section : exhibit.sections()) {
            text.append(System.lineSeparator()).append("  ").append(section.id()).append(", or ")
                    .append(section.id()).append("/PANEL-ID: ")
                    .append(String.join(", ", section.panels().stream().map(Panel::id).toList()));
        }
        if (hasMap(exhibit)) {
            text.append(System.lineSeparator()).append("  map/YYYY-MM-DD: ")
                    .append(String.join(", ", exhibit.map().days().stream().map(LocalDate::toString).toList()));
        }
        return text.toString();
    }

    private static boolean hasMap(Exhibit exhibit) {
        return exhibit.map() != null && !exhibit.map().days().isEmpty();
    }
}
