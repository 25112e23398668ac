package org.exhibitkiosk.map;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.exhibitkiosk.content.OperationsMap.SideColour;

/**
 * The map's colours, by role, and its sizes of type. They come from the theme's properties file,
 * under {@code Map.*} for the screen and {@code MapPrint.*} for paper; no colour is written in Java
 * code. A side's colour is one of the theme's side colours ({@code Map.side.blue} and
 * {@code Map.side.blueFill}), which the content names. Immutable, thread-safe.
 *
 * @param sides       each side colour's line colour
 * @param sideFills   each side colour's fill
 * @param textMinimum the smallest size of any text on the map, in design pixels (1080p pixels on
 *                    screen, before the screen's scale and the visitor's text size)
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
        Color fighting,
        Color fightingFill,
        Color leader,
        Color panel,
        Color panelEdge,
        Color panelText,
        Map<SideColour, Color> sides,
        Map<SideColour, Color> sideFills,
        float textMinimum) {

    public MapPalette {
        sides = Map.copyOf(sides);
        sideFills = Map.copyOf(sideFills);
    }

    /** The line colour of a side colour. */
    public Color side(SideColour colour) {
        return sides.get(colour);
    }

    /** The fill of a side colour. */
    public Color sideFill(SideColour colour) {
        return sideFills.get(colour);
    }

    /** The theme file the colours are read from (for paper, where no look and feel is installed). */
    public static final String THEME_FILE = "/org/exhibitkiosk/ui/theme/FlatDarkLaf.properties";

    /** The screen's keys ({@code Map.land}, ...). */
    public static final String SCREEN = "Map.";

    /** Paper's keys ({@code MapPrint.land}, ...). */
    public static final String PRINT = "MapPrint.";

    /**
     * Reads every colour as {@code prefix + role} ("Map.land") from {@code colours}, which returns
     * null for a key it lacks, and the text minimum as {@code prefix + "textMinimum"} from
     * {@code numbers}.
     *
     * @throws IllegalStateException naming the first key that is missing
     */
    public static MapPalette from(Function<String, Color> colours, Function<String, String> numbers, String prefix) {
        var components = MapPalette.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (types[i] == Color.class) {
                values[i] = required(colours, prefix + components[i].getName());
            }
        }
        Map<SideColour, Color> sides = new EnumMap<>(SideColour.class);
        Map<SideColour, Color> fills = new EnumMap<>(SideColour.class);
        for (SideColour colour : SideColour.values()) {
            sides.put(colour, required(colours, prefix + "side." + colour.key()));
            fills.put(colour, required(colours, prefix + "side." + colour.key() + "Fill"));
        }
        values[components.length - 3] = sides;
        values[components.length - 2] = fills;
        String minimum = numbers.apply(prefix + "textMinimum");
        if (minimum == null) {
            throw new IllegalStateException("the theme has no '" + prefix + "textMinimum'; add it to " + THEME_FILE);
        }
        try {
            values[components.length - 1] = Float.parseFloat(minimum.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the theme's '" + prefix + "textMinimum' is not a number: " + minimum, e);
        }
        try {
            return MapPalette.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the map's palette", e);
        }
    }

    /** The screen's palette from the installed look and feel's defaults. */
    public static MapPalette from(Function<String, Color> colours, String prefix) {
        Properties theme = themeFile();
        return from(colours, theme::getProperty, prefix);
    }

    private static Color required(Function<String, Color> colours, String key) {
        Color colour = colours.apply(key);
        if (colour == null) {
            throw new IllegalStateException("the theme has no colour '" + key + "'; add it to " + THEME_FILE);
        }
        return colour;
    }

    /** The colours under {@code prefix} read straight from the theme file, with no look and feel. */
    public static MapPalette fromThemeFile(String prefix) {
        Properties theme = themeFile();
        return from(key -> colour(theme, key, 0), theme::getProperty, prefix);
    }

    private static Properties themeFile() {
        Properties theme = new Properties();
        try (InputStream in = MapPalette.class.getResourceAsStream(THEME_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the theme file " + THEME_FILE + " is not on the class path");
            }
            theme.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return theme;
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
