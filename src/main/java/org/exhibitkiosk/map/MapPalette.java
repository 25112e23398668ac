package org.exhibitkiosk.map;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;

/**
 * The map's colours, by role. They come from the theme's properties file, under {@code Map.*} for
 * the screen and {@code MapPrint.*} for paper; no colour is written in Java code.
 * Immutable, thread-safe.
 */
public record MapPalette(
        Color land,
        Color water,
        Color ridge,
        Color regionFill,
        Color regionEdge,
        Color regionText,
        Color frame,
        Color placeFill,
        Color placeEdge,
        Color text,
        Color halo,
        Color azerbaijani,
        Color azerbaijaniFill,
        Color armenian,
        Color armenianFill,
        Color fighting,
        Color fightingFill,
        Color leader,
        Color panel,
        Color panelEdge,
        Color panelText) {

    /** The theme file the colours are read from (for paper, where no look and feel is installed). */
    public static final String THEME_FILE = "/org/exhibitkiosk/ui/theme/FlatDarkLaf.properties";

    /** The screen's keys ({@code Map.land}, ...). */
    public static final String SCREEN = "Map.";

    /** Paper's keys ({@code MapPrint.land}, ...). */
    public static final String PRINT = "MapPrint.";

    /**
     * Reads every colour as {@code prefix + role} ("Map.land") from {@code colours}, which returns
     * null for a key it lacks.
     *
     * @throws IllegalStateException naming the first key that is missing
     */
    public static MapPalette from(Function<String, Color> colours, String prefix) {
        var components = MapPalette.class.getRecordComponents();
        Color[] values = new Color[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String key = prefix + components[i].getName();
            values[i] = colours.apply(key);
            types[i] = Color.class;
            if (values[i] == null) {
                throw new IllegalStateException("the theme has no colour '" + key + "'; add it to " + THEME_FILE);
            }
        }
        try {
            return MapPalette.class.getDeclaredConstructor(types).newInstance((Object[]) values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the map's palette", e);
        }
    }

    /** The colours under {@code prefix} read straight from the theme file, with no look and feel. */
    public static MapPalette fromThemeFile(String prefix) {
        Properties theme = new Properties();
        try (InputStream in = MapPalette.class.getResourceAsStream(THEME_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the theme file " + THEME_FILE + " is not on the class path");
            }
            theme.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return from(key -> colour(theme, key, 0), prefix);
    }

    /** A colour of the theme file: {@code #rrggbb}, {@code #rrggbbaa} or {@code $OtherKey}. */
    private static Color colour(Properties theme, String key, int depth) {
        String value = theme.getProperty(key);
        if (value == null || depth > 8) {
            return null;
        }
        value = value.trim();
        if (value.startsWith("$")) {
            return colour(theme, value.substring(1), depth + 1);
        }
        if (value.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
            int rgb = Integer.parseInt(value.substring(1, 7), 16);
            int alpha = value.length() == 9 ? Integer.parseInt(value.substring(7), 16) : 255;
            return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
        }
        throw new IllegalStateException("the theme's '" + key + "' is not a colour (#rrggbb or #rrggbbaa): " + value);
    }
}
