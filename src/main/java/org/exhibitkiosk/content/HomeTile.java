package org.exhibitkiosk.content;

import java.time.LocalDate;
import org.exhibitkiosk.files.IconName;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * How a tile of the home screen looks: its icon and the picture it shows. Every key may be left
 * out: the tile then takes the icon of its kind and no picture. Where several pictures are named,
 * the first of {@code image}, {@code mapDay}, {@code figure}, {@code timeline} is shown.
 *
 * @param icon     one of the kiosk's icons, by name (see exhibit-content/README.md)
 * @param image    a picture with its caption, credit and description
 * @param mapDay   a small map of that day (YYYY-MM-DD, a day the map steps through), framed on its action
 * @param figure   a key fact (its id in key-facts.yaml) whose first value is set as a large numeral
 * @param timeline {@code true}: the timeline's days drawn as a strip
 */
public record HomeTile(
        @OptionalKey @IconName String icon,
        @OptionalKey Picture image,
        @OptionalKey @RefersTo(OperationsMap.DAY_ID) String mapDay,
        @OptionalKey @RefersTo("fact") String figure,
        @OptionalKey Boolean timeline) {

    /** A tile that says nothing of its own: the icon of its kind, no picture. */
    public static final HomeTile DEFAULT = new HomeTile(null, null, null, null, null);

    /** This tile's icon, or the given one of its kind. */
    public String iconOr(String kindDefault) {
        return icon != null ? icon : kindDefault;
    }

    /** The map's day, or null. */
    public LocalDate mapDate() {
        return mapDay == null ? null : LocalDate.parse(mapDay);
    }

    public boolean showsTimeline() {
        return Boolean.TRUE.equals(timeline);
    }

    /** Or the default, for a tile left out. */
    public static HomeTile orDefault(HomeTile tile) {
        return tile != null ? tile : DEFAULT;
    }
}
