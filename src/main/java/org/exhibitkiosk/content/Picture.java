package org.exhibitkiosk.content;

import org.exhibitkiosk.files.ImageFile;

/**
 * A picture on a panel, a home tile or a slide of the attract loop.
 *
 * @param file        path inside the content folder (PNG, JPEG or SVG; by custom in {@code images/})
 * @param caption     what it shows
 * @param credit      who made it and under what licence
 * @param description the text alternative: what the picture shows, for a visitor who cannot see it
 *                    (also what audio mode speaks); required in every language
 */
public record Picture(@ImageFile String file, LocalizedText caption, LocalizedText credit,
                      LocalizedText description) {
}
