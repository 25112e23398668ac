package org.exhibitkiosk.content;

import java.time.LocalDate;
import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * One screen of reading: a heading and a few short paragraphs, perhaps a pull quote or a picture.
 *
 * @param id          unique across the exhibit
 * @param heading     the panel's heading
 * @param paragraphs  the label text; at most about 100 words in all
 * @param source      which part of the source text the panel retells (for curators; not shown)
 * @param corrections typing errors of the source corrected inside quotations (for curators)
 * @param contentNote shown before the panel, with "continue" and "go back", where it describes violence
 * @param quote       a pull quote set apart from the text
 * @param image       a picture with its caption and credit
 * @param places      places the panel names (ids from places.yaml)
 * @param people      people the panel names (ids from people.yaml)
 * @param mapDay      the day of the map the panel tells of (YYYY-MM-DD, a day the map steps
 *                    through): its "map" button opens the map on that day
 */
public record Panel(
        @DeclaresId("panel") String id,
        LocalizedText heading,
        List<LocalizedText> paragraphs,
        String source,
        @OptionalKey List<String> corrections,
        @OptionalKey LocalizedText contentNote,
        @OptionalKey Quote quote,
        @OptionalKey Picture image,
        @OptionalKey @RefersTo("place") List<String> places,
        @OptionalKey @RefersTo("person") List<String> people,
        @OptionalKey @RefersTo(OperationsMap.DAY_ID) String mapDay) {

    public Panel {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one paragraph");
        }
        paragraphs = List.copyOf(paragraphs);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        places = places == null ? List.of() : List.copyOf(places);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The map's day this panel tells of, or null. */
    public LocalDate mapDate() {
        return mapDay == null ? null : LocalDate.parse(mapDay);
    }
}
