package org.exhibitkiosk.print;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.exhibitkiosk.map.pdf.PdfMapFonts;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.text.Typefaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text for one PDF document: the exhibit's font stacks as embedded subset fonts, text split into
 * runs each of which one font can draw (Noto Sans Armenian has no digits or Latin punctuation),
 * and paragraphs wrapped to a width. A character no font has is left out and logged, never drawn
 * as an empty box. One document at a time; not thread-safe.
 */
final class PdfText {

    private static final Logger LOG = LoggerFactory.getLogger(PdfText.class);

    /** A line's ascent, as a share of its type size. */
    static final float ASCENT = 0.95f;

    private final Map<FontStyle, List<Face>> stacks = new EnumMap<>(FontStyle.class);

    PdfText(PDDocument document, PdfFonts fonts, Typefaces typefaces) throws IOException {
        Map<Path, Face> faces = new HashMap<>();
        for (FontStyle style : FontStyle.values()) {
            List<Face> stack = new ArrayList<>();
            for (Path file : typefaces.files(style)) {
                Face face = faces.get(file);
                if (face == null) {
                    face = new Face(document, fonts.get(file));
                    faces.put(file, face);
                }
                stack.add(face);
            }
            stacks.put(style, List.copyOf(stack));
        }
    }

    /** How text is set: a font style, a size in points and a colour. */
    record Style(FontStyle font, float size, Color color) {
        Style withSize(float newSize) {
            return new Style(font, newSize, color);
        }
    }

    /** A stretch of a paragraph in one style. */
    record Span(String text, Style style) {
    }

    /** Characters drawn with one font. */
    record Run(String text, Face face, Style style, float width) {
    }

    /** One set line: its runs left to right, its width and the height it takes. */
    record Line(List<Run> runs, float width, float ascent, float height) {

        void draw(PDPageContentStream content, float x, float baseline) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, baseline);
            Face face = null;
            float size = -1;
            Color color = null;
            for (Run run : runs) {
                if (run.face() != face || run.style().size() != size) {
                    face = run.face();
                    size = run.style().size();
                    content.setFont(face.pdFont(), size);
                }
                if (!run.style().color().equals(color)) {
                    color = run.style().color();
                    content.setNonStrokingColor(color);
                }
                content.showText(run.text());
            }
            content.endText();
        }
    }

    /** A font file of this document; embedded (as a subset) the first time text is drawn with it. */
    static final class Face {
        private final PDDocument document;
        private final PdfFonts.Parsed parsed;
        private PDType0Font pdFont;

        Face(PDDocument document, PdfFonts.Parsed parsed) {
            this.document = document;
            this.parsed = parsed;
        }

        boolean has(int codePoint) {
            return parsed.hasGlyph(codePoint);
        }

        float width(String text, float size) {
            long units = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                units += parsed.advance(codePoint);
                i += Character.charCount(codePoint);
            }
            return units * size / parsed.unitsPerEm();
        }

        PDType0Font pdFont() {
            if (pdFont == null) {
                try {
                    pdFont = PDType0Font.load(document, parsed.font(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return pdFont;
        }
    }

    /** The runs of {@code text}: each character in the first font of the style's stack that has it. */
    List<Run> runs(String text, Style style) {
        List<Face> stack = stacks.get(style.font());
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Face face = null;
            if (currentFace != null && Character.isWhitespace(codePoint) && currentFace.has(codePoint)) {
                face = currentFace;      // spaces stay in the run around them
            } else {
                for (Face candidate : stack) {
                    if (candidate.has(codePoint)) {
                        face = candidate;
                        break;
                    }
                }
            }
            if (face == null) {
                LOG.warn("no bundled font has U+{}; left out of the printed summary",
                        Integer.toHexString(codePoint).toUpperCase(Locale.ROOT));
                continue;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(run(current.toString(), currentFace, style));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(run(current.toString(), currentFace, style));
        }
        return runs;
    }

    private static Run run(String text, Face face, Style style) {
        return new Run(text, face, style, face.width(text, style.size()));
    }

    /**
     * The same fonts for a map drawn into this document ({@link org.exhibitkiosk.map.pdf.PdfMap}):
     * runs split exactly as the summary's text is, so the map needs no fonts of its own.
     */
    PdfMapFonts mapFonts() {
        // The label placer measures each label many times over; each text is split once.
        Map<FontStyle, Map<String, List<PdfMapFonts.Run>>> known = new EnumMap<>(FontStyle.class);
        return new PdfMapFonts() {
            @Override
            public List<PdfMapFonts.Run> runs(String text, FontStyle style) {
                return known.computeIfAbsent(style, s -> new HashMap<>()).computeIfAbsent(text, t -> {
                    List<PdfMapFonts.Run> runs = new ArrayList<>();
                    for (PdfText.Run run : PdfText.this.runs(t, new Style(style, 1f, Color.BLACK))) {
                        runs.add(new PdfMapFonts.Run(run.text(), run.face().pdFont(), run.width()));
                    }
                    return List.copyOf(runs);
                });
            }

            @Override
            public double ascent(FontStyle style) {
                return stacks.get(style).get(0).parsed.ascent();
            }

            @Override
            public double descent(FontStyle style) {
                return stacks.get(style).get(0).parsed.descent();
            }
        };
    }

    float width(String text, Style style) {
        float width = 0;
        for (Run run : runs(text, style)) {
            width += run.width();
        }
        return width;
    }

    /**
     * Wraps spans into lines no wider than {@code width}, breaking at spaces; a word wider than a
     * whole line (a long web address) is broken after a slash or, failing that, anywhere.
     */
    List<Line> wrap(List<Span> spans, float width, float leading) {
        List<Word> words = new ArrayList<>();
        for (Span span : spans) {
            String text = span.text().replaceAll("[\\s&&[^\\u00A0]]+", " ");
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ' ') {
                    if (i > start) {
                        words.add(new Word(text.substring(start, i), span.style(), i < text.length()));
                    } else if (i < text.length() && !words.isEmpty()) {
                        words.set(words.size() - 1, words.get(words.size() - 1).spaced());
                    }
                    start = i + 1;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float lineWidth = 0;
        Word previous = null;
        for (Word word : words) {
            for (Word piece : fit(word, width)) {
                float wordWidth = width(piece.text(), piece.style());
                String gap = previous != null && previous.spaceAfter() ? " " : "";
                float gapWidth = gap.isEmpty() ? 0 : width(gap, piece.style());
                if (!line.isEmpty() && lineWidth + gapWidth + wordWidth > width) {
                    lines.add(line(line, lineWidth, leading));
                    line = new ArrayList<>();
                    lineWidth = 0;
                    gap = "";
                    gapWidth = 0;
                }
                line.addAll(runs(gap + piece.text(), piece.style()));
                lineWidth += gapWidth + wordWidth;
                previous = piece;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line(line, lineWidth, leading));
        }
        return lines;
    }

    private List<Word> fit(Word word, float width) {
        if (width(word.text(), word.style()) <= width) {
            return List.of(word);
        }
        List<Word> pieces = new ArrayList<>();
        String rest = word.text();
        while (!rest.isEmpty() && width(rest, word.style()) > width) {
            int cut = rest.length() - 1;
            while (cut > 1 && width(rest.substring(0, cut), word.style()) > width) {
                cut--;
            }
            int slash = rest.lastIndexOf('/', cut - 1);
            if (slash > cut / 2) {
                cut = slash + 1;
            }
            pieces.add(new Word(rest.substring(0, cut), word.style(), false));
            rest = rest.substring(cut);
        }
        if (!rest.isEmpty()) {
            pieces.add(new Word(rest, word.style(), word.spaceAfter()));
        }
        return pieces;
    }

    private static Line line(List<Run> runs, float width, float leading) {
        // Merge neighbouring runs of one font and style, so a line is a few showText calls.
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            Run last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.face() == run.face() && last.style().equals(run.style())) {
                merged.set(merged.size() - 1, new Run(last.text() + run.text(), run.face(), run.style(),
                        last.width() + run.width()));
            } else {
                merged.add(run);
            }
        }
        float size = 0;
        for (Run run : merged) {
            size = Math.max(size, run.style().size());
        }
        return new Line(List.copyOf(merged), width, size * ASCENT, size * leading);
    }

    private record Word(String text, Style style, boolean spaceAfter) {
        Word spaced() {
            return new Word(text, style, true);
        }
    }
}
