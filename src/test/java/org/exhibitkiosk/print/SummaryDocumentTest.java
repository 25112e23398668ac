package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.KeyFacts;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped exhibit's summary as a reader of the PDF finds it: pages, text in each script,
 * every key figure, embedded subset fonts only, metadata; and the fonts parsed once.
 */
class SummaryDocumentTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 24);
    private static Exhibit exhibit;
    private static KioskConfig config;
    private static final PdfFonts FONTS = new PdfFonts();

    @BeforeAll
    static void read() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper())
                .load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG);
        exhibit = outcome.exhibit().orElseThrow();
        config = outcome.config().config().orElseThrow();
    }

    private static final SummaryMap MAP = new SummaryDayMap();

    private static byte[] build(KioskConfig.Paper paper, String... languages) throws IOException {
        return build(MAP, paper, languages);
    }

    private static byte[] build(SummaryMap map, KioskConfig.Paper paper, String... languages) throws IOException {
        return new SummaryDocument(FONTS, map).build(new SummaryDocument.Request(exhibit,
                config.museum(), paper, List.of(languages), PRINTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "hy"})
    void eachLanguageIsTwoPagesWithItsTitleEveryKeyFigureAndRealText(String language) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(build(KioskConfig.Paper.A4, language))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            String flat = squeeze(text);
            assertThat(flat).contains(squeeze(exhibit.takeHome().title().in(language)));
            assertThat(flat).contains(squeeze(exhibit.info().dates().in(language)));
            for (String id : exhibit.takeHome().facts()) {
                KeyFacts.KeyFact fact = exhibit.keyFacts().facts().stream().filter(f -> f.id().equals(id))
                        .findFirst().orElseThrow();
                assertThat(flat).as("label of %s", id).contains(squeeze(fact.label().in(language)));
                for (KeyFacts.Value value : fact.values()) {
                    assertThat(flat).as("value of %s", id).contains(squeeze(value.text().in(language)));
                    if (value.attribution() != null) {
                        assertThat(flat).as("attribution in %s", id).contains(squeeze(value.attribution().in(language)));
                    }
                }
            }
            // The summary flows down the main column from page one to page two; read just that column.
            String mainColumn = squeeze(mainColumn(pdf));
            for (var paragraph : exhibit.takeHome().paragraphs()) {
                assertThat(mainColumn).contains(squeeze(paragraph.in(language)));
            }
            assertThat(flat).contains(squeeze(config.museum().name().in(language)))
                    .contains(exhibit.info().contentVersion())
                    .contains("2026-11-24")
                    .contains(config.museum().url().toString());
            assertThat(text).doesNotContain("\uFFFD");
            if (language.equals("hy")) {
                assertThat(text).contains("Զանգեզուր").containsPattern("\\d");
            }
            if (language.equals("az")) {
                assertThat(text).contains("ə").contains("ş");
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(exhibit.takeHome().title().in(language));
            assertEveryFontIsAnEmbeddedSubset(pdf);
        }
    }

    @Test
    void theBilingualEditionHasFourPagesEnglishFirst() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(build(KioskConfig.Paper.A4, "en", "hy"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(2);
            assertThat(squeeze(stripper.getText(pdf))).contains(squeeze(exhibit.takeHome().title().in("en")))
                    .contains("1/4");
            stripper.setStartPage(3);
            stripper.setEndPage(4);
            assertThat(squeeze(stripper.getText(pdf))).contains(squeeze(exhibit.takeHome().title().in("hy")))
                    .contains("4/4");
            assertEveryFontIsAnEmbeddedSubset(pdf);
        }
        assertThat(SummaryDocument.editionLanguages(KioskConfig.Edition.BILINGUAL, "az")).containsExactly("en", "az");
        assertThat(SummaryDocument.editionLanguages(KioskConfig.Edition.BILINGUAL, "en")).containsExactly("en");
        assertThat(SummaryDocument.editionLanguages(KioskConfig.Edition.SINGLE, "hy")).containsExactly("hy");
    }

    @Test
    void letterPaperGivesLetterPages() throws IOException {
        for (String language : List.of("en", "az", "hy")) {
            try (PDDocument pdf = Loader.loadPDF(build(KioskConfig.Paper.LETTER, language))) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(2);
                for (PDPage page : pdf.getPages()) {
                    assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
                    assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
                }
                assertEveryFontIsAnEmbeddedSubset(pdf);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "hy"})
    void pageTwoCarriesTheMapOfTheKeyDayAsVectorsInTheSummarysLanguage(String language) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(build(KioskConfig.Paper.A4, language))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String pageTwo = stripper.getText(pdf);
            assertThat(pageTwo).contains(exhibit.map().texts().legend().in(language));
            switch (language) {
                case "hy" -> assertThat(pageTwo).contains("Գորիս", "Սիսիան", "Տեղ", "Խնածախ");
                case "az" -> assertThat(pageTwo).contains("Gorus");
                default -> assertThat(pageTwo).contains("Goris", "Sisian");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).as("page one has no map")
                    .doesNotContain(exhibit.map().texts().legend().in(language));
            List<String> operators = new ArrayList<>();
            for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(pdf.getPage(1)).parse()) {
                if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator) {
                    operators.add(operator.getName());
                }
            }
            assertThat(operators.stream().filter("l"::equals).count()).as("the map's lines, as vectors")
                    .isGreaterThan(200);
            assertThat(operators).as("no pictures").doesNotContain("Do", "BI");
        }
    }

    @Test
    void fontsAreParsedOnceAndAWarmDocumentIsQuick() throws IOException {
        build(KioskConfig.Paper.A4, "hy");
        int parsed = FONTS.parsedCount();
        PdfFonts.Parsed before = FONTS.get(exhibit.typefaces().files(org.exhibitkiosk.text.FontStyle.BODY).get(0));
        long withMap = bestOfFive(MAP);
        long withoutMap = bestOfFive(SummaryMap.NONE);
        // The map is set in the same parsed fonts: drawing it parses nothing more.
        assertThat(FONTS.parsedCount()).isEqualTo(parsed).isEqualTo(10);
        assertThat(FONTS.get(exhibit.typefaces().files(org.exhibitkiosk.text.FontStyle.BODY).get(0))).isSameAs(before);
        // The goal is under 100 ms on a quiet machine; CI shares two cores with other builds.
        System.out.println("warm summary document (hy, A4): best " + withMap + " ms with the map, "
                + withoutMap + " ms without");
        assertThat(withMap).isLessThan(1000);
    }

    private static long bestOfFive(SummaryMap map) throws IOException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            build(map, KioskConfig.Paper.A4, "hy");
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    private static void assertEveryFontIsAnEmbeddedSubset(PDDocument pdf) throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isStandard14()).as(font.getName()).isFalse();
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+Noto.*");
            }
        }
        assertThat(fonts).isGreaterThan(3);
    }

    /** The text of the left (main) column of each page, below the running head and above the footer. */
    private static String mainColumn(PDDocument pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : pdf.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            stripper.addRegion("main", new java.awt.geom.Rectangle2D.Float(0, 60, 340, height - 112));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("main"));
        }
        return text.toString();
    }

    /** Text without any whitespace, so lines wrapped differently still compare. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
