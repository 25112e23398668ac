package org.exhibitkiosk.content;

import org.exhibitkiosk.files.ImageFile;

/**
 * A picture on a panel.
 *
 * @param file    path inside the content folder (PNG, JPEG or GIF)
 * @param caption what it shows
 * @param credit  who made it and under what licence
 */
public record Picture(@ImageFile String file, LocalizedText caption, LocalizedText credit) {
}
