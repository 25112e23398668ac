package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;

/**
 * {@code places.yaml}: every place the story names, with its established name in each language and
 * approximate coordinates for the map.
 */
public record Places(List<Place> places) {

    public Places {
        places = List.copyOf(places);
    }

    /** What kind of place it is; the map draws each kind its own way. */
    public enum Kind { CITY, TOWN, VILLAGE, REGION, RIVER, RIDGE, PASS, LAKE, VALLEY, MOUNTAINS, HEIGHTS }

    /** How sure the coordinates are. */
    public enum Certainty {
        /** The place is well known and the point is on it. */
        KNOWN,
        /** The point is near the place: a region's centre, a river's middle reach. */
        APPROXIMATE,
        /** The place cannot be located with confidence; the point is a best guess. */
        UNCERTAIN
    }

    /**
     * One place.
     *
     * @param id        unique among places
     * @param name      the established name in each language (transliterated where there is none: see the glossary)
     * @param kind      what it is
     * @param latitude  degrees north, approximate
     * @param longitude degrees east, approximate
     * @param certainty how sure the coordinates are
     * @param note      what a visitor should know (a former name, "location uncertain")
     */
    public record Place(
            @DeclaresId("place") String id,
            LocalizedText name,
            Kind kind,
            double latitude,
            double longitude,
            Certainty certainty,
            @OptionalKey LocalizedText note) {

        public Place {
            if (latitude < -90 || latitude > 90) {
                throw new IllegalArgumentException("latitude must be between -90 and 90");
            }
            if (longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("longitude must be between -180 and 180");
            }
        }
    }
}
