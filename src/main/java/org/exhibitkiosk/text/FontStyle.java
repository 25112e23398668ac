package org.exhibitkiosk.text;

/** The styles the exhibit sets text in; each has its own fallback stack. */
public enum FontStyle {
    BODY, BODY_BOLD, BODY_ITALIC, DISPLAY, DISPLAY_BOLD, DISPLAY_ITALIC
}
