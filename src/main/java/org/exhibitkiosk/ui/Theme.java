package org.exhibitkiosk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the kiosk's look: FlatLaf's dark theme with the exhibit's colours, insets and arcs from
 * {@code org/exhibitkiosk/ui/theme/FlatDarkLaf.properties}. No colour is written in Java code.
 * EDT only.
 */
public final class Theme {

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);

    private Theme() {
    }

    public static void install() {
        FlatLaf.registerCustomDefaultsSource("org.exhibitkiosk.ui.theme");
        if (!FlatDarkLaf.setup()) {
            // A cosmetic failure must never stop the kiosk: fall back to Swing's own look.
            LOG.warn("FlatLaf could not be installed; using the default look and feel");
        }
        // Visitors never hover, and never see tooltips.
        ToolTipManager.sharedInstance().setEnabled(false);
    }

    /** A colour of the theme by its key (for example "Kiosk.accent"). */
    public static Color color(String key) {
        Color color = UIManager.getColor(key);
        return color != null ? color : UIManager.getColor("Panel.foreground");
    }
}
