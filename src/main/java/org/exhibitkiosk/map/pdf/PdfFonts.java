package org.exhibitkiosk.map.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.exhibitkiosk.text.FontFiles;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;

/**
 * The bundled fonts embedded in one PDF document (as subsets), each style as a fallback stack:
 * the Java 2D font of each file decides which characters it draws, the PDF font of the same file
 * draws them. Belongs to one document; not thread-safe.
 */
public final class PdfFonts {

    /** One file: its glyph coverage (Java 2D) and its embedded PDF font. */
    public record Face(Font awt, PDType0Font pdf) {
    }

    private final Map<FontStyle, List<Face>> stacks;

    public PdfFonts(Map<FontStyle, List<Face>> stacks) {
        this.stacks = new EnumMap<>(stacks);
        for (FontStyle style : FontStyle.values()) {
            if (this.stacks.getOrDefault(style, List.of()).isEmpty()) {
                throw new IllegalArgumentException("no font for the style " + style);
            }
        }
    }

    /**
     * Loads every file of {@code files} from {@code fontsFolder} into {@code document}.
     *
     * @throws IOException when a font file cannot be read (the validator reports that before a kiosk starts)
     */
    public static PdfFonts load(PDDocument document, Path fontsFolder, FontFiles files) throws IOException {
        Map<String, Face> loaded = new HashMap<>();
        Map<FontStyle, List<Face>> stacks = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            List<Face> faces = new ArrayList<>();
            for (String name : files.filesOf(style)) {
                Face face = loaded.get(name);
                if (face == null) {
                    Path file = fontsFolder.resolve(name);
                    try {
                        face = new Face(Font.createFont(Font.TRUETYPE_FONT, file.toFile()),
                                PDType0Font.load(document, file.toFile()));
                    } catch (FontFormatException e) {
                        throw new IOException("'" + file + "' is not a TrueType font", e);
                    }
                    loaded.put(name, face);
                }
                faces.add(face);
            }
            stacks.put(style, faces);
        }
        return new PdfFonts(stacks);
    }

    List<Face> faces(FontStyle style) {
        return stacks.get(style);
    }

    /** The style's Java 2D fonts in order, to split text into runs. */
    FontStack awtStack(FontStyle style) {
        return new FontStack(stacks.get(style).stream().map(Face::awt).toList());
    }
}
