package org.exhibitkiosk.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.exhibitkiosk.map.pdf.PdfMapFonts;
import org.exhibitkiosk.text.Typefaces;

/**
 * The bundled font files, each parsed once and kept for every summary printed after: parsing a
 * Noto font takes far longer than laying out two pages. A file that changes on disk (a curator
 * replaced it) is parsed again. A parsed font is not safe for concurrent use, so
 * {@link SummaryDocument} builds one document at a time under {@link #lock()}. Thread-safe.
 */
public final class PdfFonts {

    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    /**
     * One parsed font file.
     *
     * @param file       where it was read from
     * @param font       the parsed font; PDFBox subsets it into each document
     * @param cmap       Unicode to glyph
     * @param unitsPerEm the font's design units
     * @param stamp      the file's modification time when read
     */
    record Parsed(Path file, TrueTypeFont font, CmapLookup cmap, float unitsPerEm, FileTime stamp) {

        /** Height above the baseline, in ems (as PDFBox gives it in the embedded font's descriptor). */
        double ascent() {
            try {
                return font.getHorizontalHeader().getAscender() / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Depth below the baseline, in ems, positive. */
        double descent() {
            try {
                return -font.getHorizontalHeader().getDescender() / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean hasGlyph(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width of a code point in font units (0 where the font has no glyph). */
        int advance(int codePoint) {
            try {
                int glyph = cmap.getGlyphId(codePoint);
                return glyph > 0 ? font.getAdvanceWidth(glyph) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The exhibit's fonts for a map drawn into {@code document} by itself (not inside a summary),
     * through the same parsed fonts a summary uses, embedded as subsets. Must not be used while
     * another thread builds a summary with these fonts.
     */
    public PdfMapFonts mapFonts(PDDocument document, Typefaces typefaces) throws IOException {
        return new PdfText(document, this, typefaces).mapFonts();
    }

    /** Held while a document uses the parsed fonts. */
    Object lock() {
        return lock;
    }

    /** The font in {@code file}, parsed on first use (or when the file changed). */
    Parsed get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        FileTime stamp = Files.getLastModifiedTime(key);
        Parsed known = parsed.get(key);
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(key)));
        // Without glyph substitution: PDFBox would otherwise set ligatures (Noto's Armenian has some)
        // whose text extracts as one letter of two. Latin and Armenian need no shaping.
        font.getTableMap().remove("GSUB");
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Parsed fresh = new Parsed(key, font, cmap, font.getUnitsPerEm(), stamp);
        parsed.put(key, fresh);
        // The replaced font may still be in use by a document being built; it is left to the GC.
        return fresh;
    }

    /** How many font files are parsed and kept (for tests of the cache). */
    int parsedCount() {
        return parsed.size();
    }
}
