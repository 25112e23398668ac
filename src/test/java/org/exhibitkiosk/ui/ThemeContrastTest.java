package org.exhibitkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading text must keep at least 7:1 contrast (WCAG AAA) on every surface it is set on. */
class ThemeContrastTest {

    @BeforeAll
    static void installTheme() throws Exception {
        SwingUtilities.invokeAndWait(Theme::install);
    }

    @Test
    void readingTextHasAtLeastSevenToOneOnEverySurface() {
        for (String text : new String[] {"Kiosk.foreground", "Kiosk.muted"}) {
            for (String surface : new String[] {"Kiosk.background", "Kiosk.surface", "Kiosk.surfaceRaised", "Kiosk.bar"}) {
                assertThat(contrast(Theme.color(text), Theme.color(surface))).as("%s on %s", text, surface)
                        .isGreaterThanOrEqualTo(7.0);
            }
        }
    }

    @Test
    void accentLabelsAndButtonTextAreStillClearlyReadable() {
        for (String surface : new String[] {"Kiosk.background", "Kiosk.surface", "Kiosk.surfaceRaised"}) {
            assertThat(contrast(Theme.color("Kiosk.accent"), Theme.color(surface))).as("accent on %s", surface)
                    .isGreaterThanOrEqualTo(7.0);
        }
        assertThat(contrast(Theme.color("Kiosk.accentForeground"), Theme.color("Kiosk.accent")))
                .as("text on an accent button").isGreaterThanOrEqualTo(7.0);
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
