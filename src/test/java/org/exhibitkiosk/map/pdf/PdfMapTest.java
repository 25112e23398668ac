package org.exhibitkiosk.map.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.map.MapLabelsTestAccess;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;

/**
 * The map drawn into a one-page PDF as the printed summary does, in the summary's own fonts: vector paths, embedded fonts,
 * Armenian place names that a text extractor reads back, every label inside the box and apart.
 */
class PdfMapTest {

    private static final Path OUT = Path.of("target", "screenshots", "map");

    @Test
    void theMapOfADayIsVectorsWithEmbeddedFontsAndArmenianNames() throws IOException {
        Exhibit exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG).exhibit().orElseThrow();
        Path pdf = OUT.resolve("map-hy-1919-11-06.pdf");
        Files.createDirectories(OUT);

        MapScene scene;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PdfMapFonts fonts = new PdfFonts().mapFonts(document, exhibit.typefaces());
            PDRectangle box = new PDRectangle(40, 842 - 40 - 330, 515, 330);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                scene = PdfMap.draw(out, box, fonts, exhibit, LocalDate.of(1919, 11, 6), "hy");
            }
            document.save(pdf.toFile());
        }
        MapLabelsTestAccess.assertLabelsFit(scene, "the printed map");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            List<String> operators = new ArrayList<>();
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator operator) {
                    operators.add(operator.getName());
                }
            }
            assertThat(operators).as("paths: move, line, curve, fill, stroke")
                    .contains("m", "l", "c", "f", "S", "BT", "Tj");
            assertThat(operators.stream().filter("l"::equals).count()).as("lines drawn as vectors")
                    .isGreaterThan(200);
            assertThat(operators).as("no pictures: the map is not a bitmap").doesNotContain("Do", "BI");

            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.contains("NotoSansArmenian"));

            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Գորիս", "Տեղ", "Սիսիան", "Խնածախ")
                    .contains(exhibit.map().texts().legend().in("hy"))
                    .contains("կմ");
        }
    }
}
