package org.exhibitkiosk.print;

import static org.exhibitkiosk.print.SummaryStyle.*;

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
import org.exhibitkiosk.print.ColumnFlow.Group;
import org.exhibitkiosk.print.ColumnFlow.Item;
import org.exhibitkiosk.print.ColumnFlow.Placed;
import org.exhibitkiosk.print.ColumnFlow.Region;
import org.exhibitkiosk.print.ColumnFlow.RuleItem;

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
 * <p>The sizes, spaces and inks are {@link SummaryStyle}'s; the text flows down the columns by
 * {@link ColumnFlow}. Thread-safe: documents are built one at a time (the parsed fonts are shared).
 */
public final class SummaryDocument {

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
        private final float mainWidth;
        private final float sideX;
        private final float sideWidth;
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
            this.margin = size.getWidth() * MARGIN_SHARE;
            float inner = size.getWidth() - 2 * margin - GUTTER;
            this.mainWidth = inner * MAIN_SHARE;
            this.sideX = margin + mainWidth + GUTTER;
            this.sideWidth = inner - mainWidth;
            this.footerTop = margin * FOOTER_SHARE + FOOTER_RISE;
        }

        void lay() throws IOException {
            Layout layout = null;
            // First the type shrinks with the map; then the timeline goes compact with the map at
            // its smallest share; last the map alone gets smaller, so the text keeps its size.
            float smallest = SCALES[SCALES.length - 1];
            float[][] passes = {{0, Float.NaN}, {1, smallest}, {1, smallest * 0.85f}, {1, smallest * 0.7f}};
            for (float[] pass : passes) {
                boolean compact = pass[0] > 0;
                for (float scale : SCALES) {
                    layout = attempt(scale, compact, Float.isNaN(pass[1]) ? scale : pass[1]);
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
        private Layout attempt(float scale, boolean compact, float mapShare) {
            Layout layout = new Layout();
            float top = size.getHeight() - margin * HEADER_TOP_SHARE;
            float fullWidth = size.getWidth() - 2 * margin;

            // Page one's header, full width.
            List<Item> header = new ArrayList<>();
            header.addAll(lines(request.museum().name().in(language), MUSEUM, scale, fullWidth, 0, true));
            header.addAll(lines(exhibit.takeHome().title().in(language), TITLE, scale, fullWidth,
                    BEFORE_TITLE * scale, true));
            header.addAll(lines(exhibit.info().dates().in(language), DATES, scale, fullWidth,
                    BEFORE_DATES * scale, true));
            header.addAll(lines(exhibit.info().tagline().in(language), TAGLINE, scale, fullWidth,
                    BEFORE_TAGLINE * scale, true));
            header.add(new RuleItem(HEADER_RULE.height(), HEADER_RULE.spaceBefore() * scale, HEADER_RULE.color(),
                    HEADER_RULE.thickness()));
            Region headerRegion = new Region(0, margin, top, size.getHeight() / 2, fullWidth);
            float headerBottom = ColumnFlow.place(header, List.of(headerRegion), layout.placed);
            if (Float.isNaN(headerBottom)) {
                return null;
            }
            float columnsTop1 = headerBottom - BELOW_HEADER * scale;

            // Page two's running head.
            List<Item> head2 = new ArrayList<>(lines(exhibit.takeHome().title().in(language) + "  \u00B7  "
                    + exhibit.info().dates().in(language), RUNNING_HEAD, scale, fullWidth, 0, true));
            head2.add(RUNNING_HEAD_RULE.item());
            float head2Bottom = ColumnFlow.place(head2, List.of(new Region(1, margin, top, size.getHeight() / 2,
                    fullWidth)), layout.placed);
            float columnsTop2 = head2Bottom - BELOW_HEADER * scale;
            float columnsBottom = footerTop + ABOVE_FOOTER;

            // The museum block with the QR code: the foot of page two's side column.
            float qrSide = Math.min(sideWidth - 2 * PAD, QR_SIDE);
            List<Item> museumBlock = new ArrayList<>();
            museumBlock.addAll(lines(request.museum().name().in(language), MUSEUM_BLOCK_NAME, scale,
                    sideWidth - 2 * PAD, 0, false));
            museumBlock.addAll(lines(request.museum().url().toString(), MUSEUM_BLOCK_URL, scale,
                    sideWidth - 2 * PAD, BEFORE_MUSEUM_URL, false));
            float museumTextHeight = new Group(museumBlock, 0).height();
            float museumBoxHeight = PAD + qrSide + BELOW_QR + museumTextHeight + PAD;
            layout.museumBox = new PDRectangle(sideX, columnsBottom, sideWidth, museumBoxHeight);
            layout.qrSide = qrSide;
            layout.placed.add(new Placed(new Region(1, sideX + PAD, 0, 0, sideWidth - 2 * PAD),
                    columnsBottom + PAD + museumTextHeight, new Group(museumBlock, 0)));

            // The map, when there is one, across the top of page two: a map the width of one column
            // would set its place names too small to read. Both columns start below it.
            // When the text needs smaller type, the map shrinks with it (centred), so the timeline
            // keeps its sentences as long as it can.
            float mapWidth = fullWidth * mapShare;
            float mapHeight = map.height(exhibit, mapWidth);
            if (mapHeight > 0) {
                String caption = map.caption(exhibit, language);
                if (caption != null) {
                    List<Item> captionItems = heading(caption, fullWidth, scale, 0);
                    float captionBottom = ColumnFlow.place(captionItems, List.of(new Region(1, margin, columnsTop2,
                            size.getHeight() / 2, fullWidth)), layout.mapCaption);
                    columnsTop2 = captionBottom - BELOW_MAP_CAPTION * scale;
                }
                layout.mapBox = new PDRectangle(margin + (fullWidth - mapWidth) / 2, columnsTop2 - mapHeight,
                        mapWidth, mapHeight);
                columnsTop2 = columnsTop2 - mapHeight - BELOW_MAP * scale;
            }
            float main2Top = columnsTop2;

            // Main column: the summary, then the timeline.
            List<Item> main = new ArrayList<>();
            boolean firstParagraph = true;
            for (LocalizedText paragraph : exhibit.takeHome().paragraphs()) {
                main.addAll(lines(paragraph.in(language), BODY, scale, mainWidth,
                        firstParagraph ? 0 : BEFORE_PARAGRAPH * scale, false));
                firstParagraph = false;
            }
            main.addAll(heading(exhibit.timeline().title().in(language), mainWidth, scale, BEFORE_SECTION * scale));
            for (String id : exhibit.takeHome().timeline()) {
                exhibit.timeline().events().stream().filter(e -> e.id().equals(id)).findFirst()
                        .ifPresent(event -> main.add(event(event, scale, compact)));
            }
            List<Region> mainRegions = List.of(new Region(0, margin, columnsTop1, columnsBottom, mainWidth),
                    new Region(1, margin, main2Top, columnsBottom, mainWidth));
            if (Float.isNaN(ColumnFlow.place(main, mainRegions, layout.placed))) {
                return null;
            }

            // Side column: the key facts, then the sources, on a tinted ground.
            List<Item> side = new ArrayList<>();
            float sideInner = sideWidth - 2 * PAD;
            side.addAll(heading(exhibit.keyFacts().title().in(language), sideInner, scale, 0));
            for (String id : exhibit.takeHome().facts()) {
                exhibit.keyFacts().facts().stream().filter(f -> f.id().equals(id)).findFirst()
                        .ifPresent(fact -> side.add(fact(fact, sideInner, scale)));
            }
            side.addAll(heading(exhibit.sources().title().in(language), sideInner, scale, BEFORE_SECTION * scale));
            for (Sources.Source source : exhibit.sources().sources()) {
                side.add(source(source, sideInner, scale));
            }
            List<Region> sideRegions = List.of(
                    new Region(0, sideX + PAD, columnsTop1 - PAD, columnsBottom + PAD, sideInner),
                    new Region(1, sideX + PAD, columnsTop2 - PAD,
                            columnsBottom + museumBoxHeight + ABOVE_MUSEUM_BLOCK + PAD, sideInner));
            int before = layout.placed.size();
            if (Float.isNaN(ColumnFlow.place(side, sideRegions, layout.placed))) {
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
                            new PDRectangle(sideX, lowest - PAD, sideWidth, region.top() + PAD - (lowest - PAD))));
                }
            }
            return layout;
        }

        private List<Item> heading(String title, float width, float scale, float spaceBefore) {
            List<Item> items = new ArrayList<>(lines(title, HEADING, scale, width, spaceBefore, true));
            items.add(HEADING_RULE.item());
            return items;
        }

        private Item fact(KeyFacts.KeyFact fact, float width, float scale) {
            List<Item> items = new ArrayList<>(lines(fact.label().in(language), FACT_LABEL, scale, width, 0, true));
            String lastSide = null;
            for (KeyFacts.Value v : fact.values()) {
                List<PdfText.Span> spans = new ArrayList<>();
                if (v.side() != null && !v.side().equals(lastSide)) {
                    exhibit.keyFacts().sides().stream().filter(s -> s.id().equals(v.side())).findFirst()
                            .ifPresent(s -> spans.add(span(s.name().in(language) + ": ", FACT_SIDE.at(scale))));
                }
                lastSide = v.side();
                spans.add(span(v.text().in(language), FACT_VALUE.at(scale)));
                items.addAll(ColumnFlow.lines(text, spans, width, FACT_VALUE.leading(), BEFORE_FACT_VALUE * scale,
                        false));
                if (v.attribution() != null) {
                    items.addAll(lines(exhibit.format(UiKey.FACTS_ACCORDING_TO, language,
                            v.attribution().in(language)), FACT_ATTRIBUTION, scale, width, 0, false));
                }
            }
            return new Group(items, BEFORE_FACT * scale);
        }

        private Item event(Timeline.Event event, float scale, boolean compact) {
            List<Item> items = new ArrayList<>(lines(event.when().in(language), EVENT_WHEN, scale, mainWidth, 0,
                    true));
            List<PdfText.Span> spans = new ArrayList<>();
            spans.add(span(event.title().in(language) + (compact ? "" : ". "), EVENT_TITLE.at(scale)));
            if (!compact) {
                spans.add(span(event.text().in(language), EVENT_TEXT.at(scale)));
            }
            items.addAll(ColumnFlow.lines(text, spans, mainWidth, EVENT_TITLE.leading(), 0, false));
            return new Group(items, BEFORE_EVENT * scale);
        }

        private Item source(Sources.Source source, float width, float scale) {
            List<Item> items = new ArrayList<>(lines(source.citation().in(language), SOURCE, scale, width, 0, false));
            if (source.url() != null) {
                items.addAll(lines(source.url().toString(), SOURCE_DETAIL, scale, width, BEFORE_SOURCE_URL, false));
            }
            if (source.licence() != null) {
                items.addAll(lines(source.licence().in(language), SOURCE_DETAIL, scale, width, 0, false));
            }
            return new Group(items, BEFORE_SOURCE * scale);
        }

        /** One text of one kind, wrapped to {@code width} at {@code scale}. */
        private List<Item> lines(String content, SummaryStyle.Type type, float scale, float width, float spaceBefore,
                                 boolean keepWithNext) {
            return ColumnFlow.lines(text, List.of(span(content, type.at(scale))), width, type.leading(), spaceBefore,
                    keepWithNext);
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
                        float qrX = layout.museumBox.getLowerLeftX() + PAD;
                        float qrY = layout.museumBox.getUpperRightY() - PAD - layout.qrSide;
                        QrCode.of(request.museum().url().toString()).draw(content, qrX, qrY, layout.qrSide, INK);
                    }
                    for (Placed placed : layout.placed) {
                        if (placed.region().page() == p) {
                            placed.draw(content);
                        }
                    }
                    // The map after the text, so a paragraph that runs on from page one reads on
                    // unbroken when the text is extracted (a screen reader, a copy and paste).
                    if (p == 1 && layout.mapBox != null) {
                        map.draw(content, layout.mapBox, exhibit, language, text.mapFonts());
                        for (Placed placed : layout.mapCaption) {
                            placed.draw(content);
                        }
                    }
                    footer(content, firstNumber + p);
                }
            }
        }

        private void footer(PDPageContentStream content, int number) throws IOException {
            float width = size.getWidth() - 2 * margin;
            FOOTER_RULE.item().draw(content, margin, footerTop, width);
            String left = request.museum().name().in(language) + "  \u00B7  " + exhibit.info().title().in(language);
            String right = exhibit.info().id() + " " + exhibit.info().contentVersion() + "  \u00B7  "
                    + request.printDate() + "  \u00B7  " + number + " / " + total;
            // One line each side; a long museum name is set smaller rather than cut.
            PdfText.Style style = FOOTER.at(1);
            while (text.width(left, style) + text.width(right, style) + FOOTER_SPACE > width
                    && style.size() > FOOTER_SMALLEST) {
                style = style.withSize(style.size() - FOOTER_STEP);
            }
            float baseline = footerTop - FOOTER_BASELINE;
            for (PdfText.Line line : text.wrap(List.of(span(left, style)), width, FOOTER.leading())) {
                line.draw(content, margin, baseline);
                baseline -= line.height();
            }
            baseline = footerTop - FOOTER_BASELINE;
            for (PdfText.Line line : text.wrap(List.of(span(right, style)), width, FOOTER.leading())) {
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
}
