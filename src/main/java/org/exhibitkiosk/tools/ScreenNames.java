package org.exhibitkiosk.tools;

import java.util.Optional;

/**
 * Says to a translator where a text of a content file is seen (the screen, the part of it) and
 * which {@code --open} place previews it. Stateless.
 */
final class ScreenNames {

    private ScreenNames() {
    }

    /** "Shown on ...": the screen and field of a text at {@code path} in {@code file}. */
    static String describe(String file, String path) {
        String[] parts = path.split("/");
        String field = field(parts);
        String screen;
        if (file.startsWith("sections/")) {
            String section = file.substring("sections/".length()).replaceFirst("\\.ya?ml$", "");
            screen = parts.length > 1 && parts[0].equals("panels")
                    ? "a reading screen: section '" + section + "', panel '" + parts[1] + "'"
                    : "the home screen's tile and the reading screens of section '" + section + "'";
        } else {
            screen = switch (file) {
                case "exhibit.yaml" -> "the welcome and home screens (the exhibit's title, tiles and credits)";
                case "key-facts.yaml" -> "the key facts screen";
                case "perspectives.yaml" -> "the perspectives screen";
                case "timeline.yaml" -> "the map screen, on the day of the event (the timeline)";
                case "map.yaml" -> "the map screen (its labels, legend and notes)";
                case "places.yaml" -> "the map and the reading screens (a place's name or note)";
                case "people.yaml" -> "the reading screens (a person's name and role)";
                case "glossary.yaml" -> "the glossary, opened from words in the reading screens";
                case "sources.yaml" -> "the sources and credits screen";
                case "attract.yaml" -> "the attract loop, shown while no visitor is at the kiosk";
                case "summary.yaml" -> "the printed take-home summary";
                case "ui-strings.yaml" -> "the kiosk's own buttons and messages";
                default -> file;
            };
        }
        return "Shown on " + screen + "; the field is " + field + ".";
    }

    /** The text's own field: its last key, with the number of a list item ("paragraph 2"). */
    private static String field(String[] parts) {
        String last = parts[parts.length - 1];
        if (last.matches("\\d+") && parts.length > 1) {
            return "'" + parts[parts.length - 2] + "', item " + (Integer.parseInt(last) + 1);
        }
        return "'" + last + "'";
    }

    /** The {@code --open} place that shows the text, where one does. */
    static Optional<String> preview(String file, String path) {
        String[] parts = path.split("/");
        if (file.startsWith("sections/")) {
            String section = file.substring("sections/".length()).replaceFirst("\\.ya?ml$", "");
            return Optional.of(parts.length > 1 && parts[0].equals("panels") ? section + "/" + parts[1] : "home");
        }
        return switch (file) {
            case "exhibit.yaml" -> Optional.of("home");
            case "key-facts.yaml" -> Optional.of("key-facts");
            case "perspectives.yaml" -> Optional.of("perspectives");
            case "timeline.yaml", "map.yaml" -> Optional.of("map");
            case "sources.yaml" -> Optional.of("credits");
            default -> Optional.empty();
        };
    }
}
