package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;

/**
 * {@code sections/ID.yaml}: one reading section (Background, Operations, Aftermath) as a run of panels.
 *
 * @param id      the file's name without {@code .yaml}
 * @param title   the section's title, on its tile and at the top of the reader
 * @param summary one line on the section's tile
 * @param panels  the panels in reading order
 */
public record Section(@DeclaresId("section") String id, LocalizedText title, LocalizedText summary,
                      List<Panel> panels) {

    public Section {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a section needs at least one panel");
        }
        panels = List.copyOf(panels);
    }
}
