package org.exhibitkiosk.ui;

import java.awt.Component;

/** A component whose height depends on the width it is given, as wrapped text does. */
public interface HeightForWidth {

    /** The height the component needs at {@code width} pixels. */
    int heightForWidth(int width);

    /** The height of any component at a width: its own answer, else its preferred height. */
    static int of(Component component, int width) {
        if (component instanceof HeightForWidth h) {
            return h.heightForWidth(width);
        }
        return component.getPreferredSize().height;
    }
}
