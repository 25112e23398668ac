package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;

/**
 * {@code sections/ID.yaml}: one reading section (Background, Operations, Aftermath) as a run of panels.
 *
 * @param id      the file's name without {@code .yaml}
 * @param title   the section's title, on its tile and at the top of the reader
 * @param summary one line on the section's tile
 * @param panels  the panels in reading order
 * @param tile    how its home tile looks (icon, picture); the reading icon and no picture when left out
 */
public record Section(@DeclaresId("section") String id, LocalizedText title, LocalizedText summary,
                      List<Panel> panels, @OptionalKey HomeTile tile) {

    public Section {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a section needs at least one panel");
        }
        panels = List.copyOf(panels);
        tile = HomeTile.orDefault(tile);
    }
}
