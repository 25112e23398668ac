package org.exhibitkiosk.config;

import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.files.OptionalKey;

/**
 * A notice staff can switch on from the staff panel, predefined in {@code kiosk.yaml} under
 * {@code notices:} (its key is its id). Immutable.
 *
 * @param text the notice in every configured language
 * @param kind band (a strip over the top of every screen; the default) or evacuation (the whole
 *             screen, and a screen that is off is switched on)
 */
public record Notice(LocalizedText text, @OptionalKey Kind kind) {

    public Notice {
        kind = kind == null ? Kind.BAND : kind;
    }

    /** How a notice stands on the screen. */
    public enum Kind { BAND, EVACUATION }
}
