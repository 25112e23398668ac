package org.exhibitkiosk.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.KeyFacts;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.content.Sources;
import org.exhibitkiosk.content.Timeline;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;

/**
 * The take-home summary as a PDF: two pages per language (A4 or Letter), in one language or
 * several one after the other (the bilingual edition: English, then the visitor's language).
 * Page one: the museum, the exhibit's title and dates, the summary text and, beside it, the key
 * facts with who gives each contested figure. Page two: the map across the page (when there is
 * one), then the rest of the text, a short timeline, the sources and a QR code to the exhibit's
 * web page. The map is set in the summary's own fonts. Every page's
 * footer holds the content version and the print date.
 *
 * <p>Text never overflows: the layout is tried at its full size and set smaller, step by step,
 * until everything fits the two pages; at the smallest size the timeline loses its sentences and
 * keeps its dates and titles. Fonts are the exhibit's own, embedded as subsets.
 *
 * <p>Thread-safe: documents are built one at a time (the parsed fonts are shared).
 */
public final class SummaryDocument {

    private static final Color INK = new Color(0x1d, 0x1b, 0x19);
    private static final Color MUTED = new Color(0x5b, 0x56, 0x50);
    private static final Color ACCENT = new Color(0x8a, 0x2c, 0x1d);
    private static final Color TINT = new Color(0xf3, 0xef, 0xe8);
    private static final Color RULE = new Color(0xc9, 0xbf, 0xb0);

    private static final float[] SCALES = {1f, 0.96f, 0.92f, 0.88f, 0.84f, 0.8f, 0.76f, 0.72f};

    private final PdfFonts fonts;
    private final SummaryMap map;

    public SummaryDocument(PdfFonts fonts, SummaryMap map) {
        this.fonts = fonts;
        this.map = map;
    }

    /**
     * What to print.
     *
     * @param exhibit   the content snapshot
     * @param museum    the museum's name and the exhibit's web page
     * @param paper     A4 or Letter
     * @param languages the languages, two pages each, in order
     * @param printDate the day printed, in the kiosk's time zone
     */
    public record Request(Exhibit exhibit, KioskConfig.Museum museum, KioskConfig.Paper paper,
                          List<String> languages, LocalDate printDate) {
        public Request {
            languages = List.copyOf(languages);
            if (languages.isEmpty()) {
                throw new IllegalArgumentException("a summary needs at least one language");
            }
        }
    }

    /** The languages of an edition: the visitor's, or English and the visitor's for a bilingual one. */
    public static List<String> editionLanguages(KioskConfig.Edition edition, String visitorLanguage) {
        if (edition == KioskConfig.Edition.BILINGUAL && !"en".equals(visitorLanguage)) {
            return List.of("en", visitorLanguage);
        }
        return List.of(visitorLanguage);
    }

    /** The PDF, as bytes. */
    public byte[] build(Request request) throws IOException {
        synchronized (fonts.lock()) {
            try (PDDocument document = new PDDocument()) {
                PdfText text = new PdfText(document, fonts, request.exhibit().typefaces());
                int total = request.languages().size() * 2;
                int number = 1;
                for (String language : request.languages()) {
                    new Pages(document, text, request, language, number, total).lay();
                    number += 2;
                }
                describe(document, request);
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    private static void describe(PDDocument document, Request request) {
        Exhibit exhibit = request.exhibit();
        String first = request.languages().get(0);
        PDDocumentInformation info = document.getDocumentInformation();
        StringBuilder title = new StringBuilder(exhibit.takeHome().title().in(first));
        for (String other : request.languages().subList(1, request.languages().size())) {
            title.append(" / ").append(exhibit.takeHome().title().in(other));
        }
        info.setTitle(title.toString());
        info.setAuthor(request.museum().name().in(first));
        info.setSubject(exhibit.info().title().in(first) + ", " + exhibit.info().dates().in(first));
        info.setKeywords(exhibit.info().id() + " " + exhibit.info().contentVersion() + " "
                + String.join(",", request.languages()));
        info.setCreator("Exhibit kiosk");
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        created.clear();
        created.set(request.printDate().getYear(), request.printDate().getMonthValue() - 1,
                request.printDate().getDayOfMonth());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(first);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    // ---- layout ----

    /** A piece of a column: a line, a rule, or a group kept together. */
    private interface Item {
        float height();

        float spaceBefore();

        default boolean keepWithNext() {
            return false;
        }

        void draw(PDPageContentStream content, float x, float top, float width) throws IOException;
    }

    private record LineItem(PdfText.Line line, float spaceBefore, boolean keepWithNext) implements Item {
        @Override
        public float height() {
            return line.height();
        }

        @Override
        public void draw(PDPageContentStream content, float x, float top, float width) throws IOException {
            float size = line.ascent() / 0.95f;
            line.draw(content, x, top - (line.height() - size) / 2 - line.ascent());
        }
    }

    private record RuleItem(float height, float spaceBefore, Color color, float thickness) implements Item {
        @Override
        public boolean keepWithNext() {
            return true;
        }

        @Override
        public void draw(PDPageContentStream content, float x, float top, float width) throws IOException {
            content.setStrokingColor(color);
            content.setLineWidth(thickness);
            content.moveTo(x, top - height / 2);
            content.lineTo(x + width, top - height / 2);
            content.stroke();
        }
    }

    private record Group(List<Item> items, float spaceBefore) implements Item {
        @Override
        public float height() {
            float height = 0;
            for (int i = 0; i < items.size(); i++) {
                height += (i == 0 ? 0 : items.get(i).spaceBefore()) + items.get(i).height();
            }
            return height;
        }

        @Override
        public void draw(PDPageContentStream content, float x, float top, float width) throws IOException {
            float y = top;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                y -= i == 0 ? 0 : item.spaceBefore();
                item.draw(content, x, y, width);
                y -= item.height();
            }
        }
    }

    /** A column on one page that a flow of items fills top down. */
    private record Region(int page, float x, float top, float bottom, float width) {
    }

    private record Placed(Region region, float top, Item item) {
    }

    /** The two pages of one language. */
    private final class Pages {
        private final PDDocument document;
        private final PdfText text;
        private final Request request;
        private final String language;
        private final int firstNumber;
        private final int total;
        private final Exhibit exhibit;
        private final PDRectangle size;
        private final float margin;
        private final float gutter;
        private final float mainWidth;
        private final float sideX;
        private final float sideWidth;
        private final float pad;
        private final float footerTop;

        Pages(PDDocument document, PdfText text, Request request, String language, int firstNumber, int total) {
            this.document = document;
            this.text = text;
            this.request = request;
            this.language = language;
            this.firstNumber = firstNumber;
            this.total = total;
            this.exhibit = request.exhibit();
            this.size = request.paper() == KioskConfig.Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
            this.margin = size.getWidth() * 0.075f;
            this.gutter = 20;
            float inner = size.getWidth() - 2 * margin - gutter;
            this.mainWidth = inner * 0.6f;
            this.sideX = margin + mainWidth + gutter;
            this.sideWidth = inner - mainWidth;
            this.pad = 12;
            this.footerTop = margin * 0.72f + 16;
        }

        void lay() throws IOException {
            Layout layout = null;
            for (boolean compact : new boolean[] {false, true}) {
                for (float scale : SCALES) {
                    layout = attempt(scale, compact);
                    if (layout != null) {
                        break;
                    }
                }
                if (layout != null) {
                    break;
                }
            }
            if (layout == null) {
                throw new IOException("the summary in '" + language + "' does not fit on two pages even in its"
                        + " smallest type; shorten summary.yaml or the key facts");
            }
            draw(layout);
        }

        /** Everything placed at one scale, or null when something would not fit its page. */
        private Layout attempt(float scale, boolean compact) {
            Layout layout = new Layout();
            float top = size.getHeight() - margin * 0.8f;

            // Page one's header, full width.
            List<Item> header = new ArrayList<>();
            header.addAll(lines(List.of(span(request.museum().name().in(language),
                    style(FontStyle.BODY_BOLD, 9.5f * scale, ACCENT))), size.getWidth() - 2 * margin, 1.3f, 0, true));
            header.addAll(lines(List.of(span(exhibit.takeHome().title().in(language),
                    style(FontStyle.DISPLAY_BOLD, 23f * scale, INK))), size.getWidth() - 2 * margin, 1.18f,
                    4 * scale, true));
            header.addAll(lines(List.of(span(exhibit.info().dates().in(language),
                    style(FontStyle.DISPLAY_ITALIC, 12.5f * scale, ACCENT))), size.getWidth() - 2 * margin, 1.35f,
                    3 * scale, true));
            header.addAll(lines(List.of(span(exhibit.info().tagline().in(language),
                    style(FontStyle.BODY, 9.5f * scale, MUTED))), size.getWidth() - 2 * margin, 1.35f,
                    2 * scale, true));
            header.add(new RuleItem(6, 6 * scale, ACCENT, 1.2f));
            Region headerRegion = new Region(0, margin, top, size.getHeight() / 2, size.getWidth() - 2 * margin);
            float headerBottom = place(header, List.of(headerRegion), layout.placed);
            if (Float.isNaN(headerBottom)) {
                return null;
            }
            float columnsTop1 = headerBottom - 14 * scale;

            // Page two's running head.
            List<Item> head2 = new ArrayList<>();
            head2.addAll(lines(List.of(span(exhibit.takeHome().title().in(language) + "  \u00B7  "
                            + exhibit.info().dates().in(language), style(FontStyle.BODY_BOLD, 8.5f * scale, MUTED))),
                    size.getWidth() - 2 * margin, 1.3f, 0, true));
            head2.add(new RuleItem(6, 3, RULE, 0.6f));
            float head2Bottom = place(head2, List.of(new Region(1, margin, top, size.getHeight() / 2,
                    size.getWidth() - 2 * margin)), layout.placed);
            float columnsTop2 = head2Bottom - 14 * scale;
            float columnsBottom = footerTop + 14;

            // The museum block with the QR code: the foot of page two's side column.
            float qrSide = Math.min(sideWidth - 2 * pad, 78);
            List<Item> museumBlock = new ArrayList<>();
            museumBlock.addAll(lines(List.of(span(request.museum().name().in(language),
                    style(FontStyle.BODY_BOLD, 9f * scale, INK))), sideWidth - 2 * pad, 1.3f, 0, false));
            museumBlock.addAll(lines(List.of(span(request.museum().url().toString(),
                    style(FontStyle.BODY, 7.5f * scale, MUTED))), sideWidth - 2 * pad, 1.3f, 2, false));
            float museumTextHeight = new Group(museumBlock, 0).height();
            float museumBoxHeight = pad + qrSide + 8 + museumTextHeight + pad;
            layout.museumBox = new PDRectangle(sideX, columnsBottom, sideWidth, museumBoxHeight);
            layout.qrSide = qrSide;
            layout.placed.add(new Placed(new Region(1, sideX + pad, 0, 0, sideWidth - 2 * pad),
                    columnsBottom + pad + museumTextHeight, new Group(museumBlock, 0)));

            // The map, when there is one, across the top of page two: a map the width of one column
            // would set its place names too small to read. Both columns start below it.
            // When the text needs smaller type, the map shrinks with it (centred), so the timeline
            // keeps its sentences as long as it can.
            float fullWidth = size.getWidth() - 2 * margin;
            float mapWidth = fullWidth * (compact ? SCALES[SCALES.length - 1] : scale);
            float mapHeight = map.height(exhibit, mapWidth);
            if (mapHeight > 0) {
                String caption = map.caption(exhibit, language);
                if (caption != null) {
                    List<Item> captionItems = heading(caption, fullWidth, scale, 0);
                    float captionBottom = place(captionItems, List.of(new Region(1, margin, columnsTop2,
                            size.getHeight() / 2, fullWidth)), layout.mapCaption);
                    columnsTop2 = captionBottom - 8 * scale;
                }
                layout.mapBox = new PDRectangle(margin + (fullWidth - mapWidth) / 2, columnsTop2 - mapHeight,
                        mapWidth, mapHeight);
                columnsTop2 = columnsTop2 - mapHeight - 16 * scale;
            }
            float main2Top = columnsTop2;

            // Main column: the summary, then the timeline.
            List<Item> main = new ArrayList<>();
            PdfText.Style body = style(FontStyle.DISPLAY, 10.5f * scale, INK);
            boolean firstParagraph = true;
            for (LocalizedText paragraph : exhibit.takeHome().paragraphs()) {
                main.addAll(lines(List.of(span(paragraph.in(language), body)), mainWidth, 1.45f,
                        firstParagraph ? 0 : 7 * scale, false));
                firstParagraph = false;
            }
            main.addAll(heading(exhibit.timeline().title().in(language), mainWidth, scale, 16 * scale));
            for (String id : exhibit.takeHome().timeline()) {
                exhibit.timeline().events().stream().filter(e -> e.id().equals(id)).findFirst()
                        .ifPresent(event -> main.add(event(event, scale, compact)));
            }
            List<Region> mainRegions = List.of(new Region(0, margin, columnsTop1, columnsBottom, mainWidth),
                    new Region(1, margin, main2Top, columnsBottom, mainWidth));
            if (Float.isNaN(place(main, mainRegions, layout.placed))) {
                return null;
            }

            // Side column: the key facts, then the sources, on a tinted ground.
            List<Item> side = new ArrayList<>();
            float sideInner = sideWidth - 2 * pad;
            side.addAll(heading(exhibit.keyFacts().title().in(language), sideInner, scale, 0));
            for (String id : exhibit.takeHome().facts()) {
                exhibit.keyFacts().facts().stream().filter(f -> f.id().equals(id)).findFirst()
                        .ifPresent(fact -> side.add(fact(fact, sideInner, scale)));
            }
            side.addAll(heading(exhibit.sources().title().in(language), sideInner, scale, 16 * scale));
            for (Sources.Source source : exhibit.sources().sources()) {
                side.add(source(source, sideInner, scale));
            }
            List<Region> sideRegions = List.of(
                    new Region(0, sideX + pad, columnsTop1 - pad, columnsBottom + pad, sideInner),
                    new Region(1, sideX + pad, columnsTop2 - pad, columnsBottom + museumBoxHeight + 10 + pad,
                            sideInner));
            int before = layout.placed.size();
            if (Float.isNaN(place(side, sideRegions, layout.placed))) {
                return null;
            }
            for (Region region : sideRegions) {
                float lowest = Float.NaN;
                for (Placed placed : layout.placed.subList(before, layout.placed.size())) {
                    if (placed.region() == region) {
                        lowest = placed.top() - placed.item().height();
                    }
                }
                if (!Float.isNaN(lowest)) {
                    layout.tints.add(new Tint(region.page(),
                            new PDRectangle(sideX, lowest - pad, sideWidth, region.top() + pad - (lowest - pad))));
                }
            }
            return layout;
        }

        private List<Item> heading(String title, float width, float scale, float spaceBefore) {
            List<Item> items = new ArrayList<>(lines(List.of(span(title, style(FontStyle.DISPLAY_BOLD,
                    13f * scale, INK))), width, 1.3f, spaceBefore, true));
            items.add(new RuleItem(5, 1, ACCENT, 0.8f));
            return items;
        }

        private Item fact(KeyFacts.KeyFact fact, float width, float scale) {
            List<Item> items = new ArrayList<>(lines(List.of(span(fact.label().in(language),
                    style(FontStyle.BODY_BOLD, 7.8f * scale, ACCENT))), width, 1.35f, 0, true));
            PdfText.Style value = style(FontStyle.BODY, 8.6f * scale, INK);
            PdfText.Style valueBold = style(FontStyle.BODY_BOLD, 8.6f * scale, INK);
            PdfText.Style attribution = style(FontStyle.BODY_ITALIC, 7.8f * scale, MUTED);
            String lastSide = null;
            for (KeyFacts.Value v : fact.values()) {
                List<PdfText.Span> spans = new ArrayList<>();
                if (v.side() != null && !v.side().equals(lastSide)) {
                    exhibit.keyFacts().sides().stream().filter(s -> s.id().equals(v.side())).findFirst()
                            .ifPresent(s -> spans.add(span(s.name().in(language) + ": ", valueBold)));
                }
                lastSide = v.side();
                spans.add(span(v.text().in(language), value));
                items.addAll(lines(spans, width, 1.32f, 2 * scale, false));
                if (v.attribution() != null) {
                    items.addAll(lines(List.of(span(format(UiKey.FACTS_ACCORDING_TO,
                            v.attribution().in(language)), attribution)), width, 1.3f, 0, false));
                }
            }
            return new Group(items, 8 * scale);
        }

        private Item event(Timeline.Event event, float scale, boolean compact) {
            PdfText.Style when = style(FontStyle.BODY_BOLD, 8.2f * scale, ACCENT);
            PdfText.Style title = style(FontStyle.BODY_BOLD, 9.2f * scale, INK);
            PdfText.Style line = style(FontStyle.BODY, 9f * scale, INK);
            List<Item> items = new ArrayList<>(lines(List.of(span(event.when().in(language), when)), mainWidth,
                    1.3f, 0, true));
            List<PdfText.Span> spans = new ArrayList<>();
            spans.add(span(event.title().in(language) + (compact ? "" : ". "), title));
            if (!compact) {
                spans.add(span(event.text().in(language), line));
            }
            items.addAll(lines(spans, mainWidth, 1.35f, 0, false));
            return new Group(items, 7 * scale);
        }

        private Item source(Sources.Source source, float width, float scale) {
            PdfText.Style citation = style(FontStyle.BODY, 7.6f * scale, INK);
            PdfText.Style small = style(FontStyle.BODY, 7f * scale, MUTED);
            List<Item> items = new ArrayList<>(lines(List.of(span(source.citation().in(language), citation)), width,
                    1.32f, 0, false));
            if (source.url() != null) {
                items.addAll(lines(List.of(span(source.url().toString(), small)), width, 1.3f, 1, false));
            }
            if (source.licence() != null) {
                items.addAll(lines(List.of(span(source.licence().in(language), small)), width, 1.3f, 0, false));
            }
            return new Group(items, 7 * scale);
        }

        private String format(UiKey key, Object... values) {
            return exhibit.format(key, language, values);
        }

        private List<Item> lines(List<PdfText.Span> spans, float width, float leading, float spaceBefore,
                                 boolean keepWithNext) {
            List<Item> items = new ArrayList<>();
            List<PdfText.Line> lines = text.wrap(spans, width, leading);
            for (int i = 0; i < lines.size(); i++) {
                items.add(new LineItem(lines.get(i), i == 0 ? spaceBefore : 0, keepWithNext));
            }
            return items;
        }

        /**
         * Places items down the regions in order; an item that does not fit what is left of a region
         * goes to the next. The bottom of the last item placed, or NaN when the regions run out.
         */
        private float place(List<Item> items, List<Region> regions, List<Placed> placed) {
            int r = 0;
            float y = regions.get(0).top();
            boolean atTop = true;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                while (true) {
                    Region region = regions.get(r);
                    float alone = (atTop ? 0 : item.spaceBefore()) + item.height();
                    float withNext = alone;
                    for (int j = i; j < items.size() - 1 && items.get(j).keepWithNext(); j++) {
                        Item next = items.get(j + 1);
                        withNext += next.spaceBefore() + next.height();
                    }
                    if (y - withNext >= region.bottom() || (atTop && y - alone >= region.bottom())) {
                        y -= atTop ? 0 : item.spaceBefore();
                        placed.add(new Placed(region, y, item));
                        y -= item.height();
                        atTop = false;
                        break;
                    }
                    if (atTop && r + 1 >= regions.size()) {
                        return Float.NaN;
                    }
                    r++;
                    if (r >= regions.size()) {
                        return Float.NaN;
                    }
                    y = regions.get(r).top();
                    atTop = true;
                }
            }
            return y;
        }

        private void draw(Layout layout) throws IOException {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Tint tint : layout.tints) {
                        if (tint.page() == p) {
                            fill(content, tint.box(), TINT);
                        }
                    }
                    if (p == 1) {
                        fill(content, layout.museumBox, TINT);
                        float qrX = layout.museumBox.getLowerLeftX() + pad;
                        float qrY = layout.museumBox.getUpperRightY() - pad - layout.qrSide;
                        QrCode.of(request.museum().url().toString()).draw(content, qrX, qrY, layout.qrSide, INK);
                    }
                    for (Placed placed : layout.placed) {
                        if (placed.region().page() == p) {
                            placed.item().draw(content, placed.region().x(), placed.top(), placed.region().width());
                        }
                    }
                    // The map after the text, so a paragraph that runs on from page one reads on
                    // unbroken when the text is extracted (a screen reader, a copy and paste).
                    if (p == 1 && layout.mapBox != null) {
                        map.draw(content, layout.mapBox, exhibit, language, text.mapFonts());
                        for (Placed placed : layout.mapCaption) {
                            placed.item().draw(content, placed.region().x(), placed.top(), placed.region().width());
                        }
                    }
                    footer(content, firstNumber + p);
                }
            }
        }

        private void footer(PDPageContentStream content, int number) throws IOException {
            float width = size.getWidth() - 2 * margin;
            new RuleItem(1, 0, RULE, 0.6f).draw(content, margin, footerTop, width);
            String left = request.museum().name().in(language) + "  \u00B7  " + exhibit.info().title().in(language);
            String right = exhibit.info().id() + " " + exhibit.info().contentVersion() + "  \u00B7  "
                    + request.printDate() + "  \u00B7  " + number + " / " + total;
            // One line each side; a long museum name is set smaller rather than cut.
            PdfText.Style style = style(FontStyle.BODY, 7f, MUTED);
            while (text.width(left, style) + text.width(right, style) + 24 > width && style.size() > 4.5f) {
                style = style.withSize(style.size() - 0.25f);
            }
            float baseline = footerTop - 12;
            for (PdfText.Line line : text.wrap(List.of(span(left, style)), width, 1.2f)) {
                line.draw(content, margin, baseline);
                baseline -= line.height();
            }
            baseline = footerTop - 12;
            for (PdfText.Line line : text.wrap(List.of(span(right, style)), width, 1.2f)) {
                line.draw(content, margin + width - line.width(), baseline);
                baseline -= line.height();
            }
        }

        private void fill(PDPageContentStream content, PDRectangle box, Color color) throws IOException {
            content.setNonStrokingColor(color);
            content.addRect(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
            content.fill();
        }
    }

    /** The tinted ground behind the side column on one page. */
    private record Tint(int page, PDRectangle box) {
    }

    /** What one attempt placed. */
    private static final class Layout {
        final List<Placed> placed = new ArrayList<>();
        final List<Tint> tints = new ArrayList<>();
        /** The line above the map, drawn with it. */
        final List<Placed> mapCaption = new ArrayList<>();
        PDRectangle museumBox;
        PDRectangle mapBox;
        float qrSide;
    }

    private static PdfText.Span span(String text, PdfText.Style style) {
        return new PdfText.Span(text, style);
    }

    private static PdfText.Style style(FontStyle font, float size, Color color) {
        return new PdfText.Style(font, size, color);
    }
}
