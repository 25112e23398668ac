package org.exhibitkiosk.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled fonts, loaded once from the content folder, as one {@link FontStack} per style. A
 * bare kiosk with no system fonts still draws every script the exhibit uses.
 * Immutable, thread-safe.
 */
public final class Typefaces {

    /** Fonts are drawn at this size unless a caller derives another. */
    public static final float BASE_SIZE = 28f;

    private final Map<FontStyle, FontStack> stacks;
    private final Map<FontStyle, List<Path>> files;

    private Typefaces(Map<FontStyle, FontStack> stacks, Map<FontStyle, List<Path>> files) {
        this.stacks = Map.copyOf(stacks);
        this.files = Map.copyOf(files);
    }

    /**
     * Loads every font file named in {@code files} from {@code folder}. A file that is missing or
     * not a font is reported through {@code problem} (file name, reason) and left out of its stack.
     * Empty when some style ends with no font at all.
     */
    public static Optional<Typefaces> load(Path folder, FontFiles files, ProblemSink problem) {
        Map<String, Font> loaded = new HashMap<>();
        Map<FontStyle, FontStack> stacks = new EnumMap<>(FontStyle.class);
        Map<FontStyle, List<Path>> paths = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            List<Font> fonts = new ArrayList<>();
            List<Path> stylePaths = new ArrayList<>();
            for (String name : files.filesOf(style)) {
                Font font = loaded.computeIfAbsent(name, n -> loadFont(folder, n, problem));
                if (font != null) {
                    fonts.add(font);
                    stylePaths.add(folder.resolve(name).normalize());
                }
            }
            if (fonts.isEmpty()) {
                return Optional.empty();
            }
            stacks.put(style, new FontStack(fonts));
            paths.put(style, List.copyOf(stylePaths));
        }
        return Optional.of(new Typefaces(stacks, paths));
    }

    private static Font loadFont(Path folder, String name, ProblemSink problem) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
            problem.report(name, "font file '" + name + "' does not exist in " + folder);
            return null;
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(BASE_SIZE);
        } catch (FontFormatException | IOException e) {
            problem.report(name, "'" + name + "' is not a TrueType or OpenType font that can be read");
            return null;
        }
    }

    public FontStack stack(FontStyle style) {
        return stacks.get(style);
    }

    /**
     * The font files of a style, in the same fallback order as its stack: what the printed summary
     * embeds, so screen and paper draw with the same fonts.
     */
    public List<Path> files(FontStyle style) {
        return files.get(style);
    }

    /** Whether every style can draw the code point, so no text shows an empty box anywhere. */
    public boolean hasGlyph(int codePoint) {
        for (FontStack stack : stacks.values()) {
            if (!stack.canDisplay(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /** Where font problems go: the font file's name as written, and the message. */
    @FunctionalInterface
    public interface ProblemSink {
        void report(String fontFile, String message);
    }
}
