package org.exhibitkiosk.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.swing.Icon;

/**
 * The bundled icons (Tabler Icons, MIT; only those the kiosk uses, listed in
 * {@code org/exhibitkiosk/icons/icons.txt}) as FlatLaf SVG icons, drawn at any size in one colour
 * of the theme. Content names a tile's icon by its id (the SVG's file name); the validator checks
 * the id against the same list ({@code files.IconName}). EDT only (the icons paint on the EDT).
 */
public final class Icons {

    /** Where the SVGs and their index lie on the class path. */
    public static final String FOLDER = "org/exhibitkiosk/icons/";

    private Icons() {
    }

    /**
     * An icon of the given id, {@code size} px square, every stroke in the theme colour {@code colourKey}.
     * An unknown id (content is validated, so only a programming error) draws nothing rather than failing.
     */
    public static Icon icon(String id, int size, String colourKey) {
        Color colour = Theme.color(colourKey);
        if (!ids().contains(id)) {
            return new FlatSVGIcon(FOLDER + "info-circle.svg", size, size, Icons.class.getClassLoader())
                    .setColorFilter(tint(colour));
        }
        return new FlatSVGIcon(FOLDER + id + ".svg", size, size, Icons.class.getClassLoader())
                .setColorFilter(tint(colour));
    }

    /** Every stroke and fill of the icon in one colour, each keeping its own transparency. */
    private static FlatSVGIcon.ColorFilter tint(Color colour) {
        return new FlatSVGIcon.ColorFilter(c -> new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                c.getAlpha() * colour.getAlpha() / 255));
    }

    /** The ids of the bundled icons, as listed in the index. */
    public static List<String> ids() {
        return Holder.IDS;
    }

    private static final class Holder {
        static final List<String> IDS = read();

        private static List<String> read() {
            try (InputStream in = Icons.class.getClassLoader().getResourceAsStream(FOLDER + "icons.txt")) {
                if (in == null) {
                    return List.of();
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
