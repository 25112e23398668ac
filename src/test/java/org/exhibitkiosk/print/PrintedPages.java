package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.core.data.Offset;

/**
 * Compares what a printer received with what was sent, as a person holding both would: page by
 * page, as pictures. cups-pdf passes every job through Ghostscript, which rewrites fonts and
 * flattens transparency, so the files differ byte for byte and their text cannot be read back;
 * their pages must still look the same. Both are rendered at a low resolution in grey, softened
 * over a few pixels (edges of glyphs are drawn a little differently by each renderer), and a pixel
 * counts as different when its grey differs by more than a quarter of the scale. On failure the
 * pictures are written to {@code target/printed-pages/} for a look.
 */
final class PrintedPages {

    private static final float DPI = 40f;
    private static final int GREY_STEP = 64;
    /**
     * Differences allowed between what was sent and what arrived, as a share of a page's pixels
     * (measured: under 0.001 % for the summaries through cups-pdf; a summary in another language,
     * laid out alike, differs by about 3 %).
     */
    static final double SAME_AT_MOST = 0.002;
    /** Differences that another document shows at least, on one page or more. */
    static final double DIFFERENT_AT_LEAST = 0.01;

    private static final Map<byte[], List<BufferedImage>> RENDERED = new IdentityHashMap<>();

    private PrintedPages() {
    }

    /** The share of pixels that differ, page by page; fails when the page count or size differs. */
    static List<Double> differences(Path received, byte[] sent, boolean keepDiffering) throws IOException {
        List<BufferedImage> wanted = rendered(sent);
        try (PDDocument got = Loader.loadPDF(received.toFile()); PDDocument want = Loader.loadPDF(sent)) {
            assertThat(got.getNumberOfPages()).as("pages of %s", received).isEqualTo(want.getNumberOfPages());
            PDFRenderer gotPages = new PDFRenderer(got);
            List<Double> shares = new ArrayList<>();
            for (int i = 0; i < want.getNumberOfPages(); i++) {
                assertThat(got.getPage(i).getMediaBox().getWidth()).as("width of page %d", i + 1)
                        .isCloseTo(want.getPage(i).getMediaBox().getWidth(), Offset.offset(2f));
                assertThat(got.getPage(i).getMediaBox().getHeight()).as("height of page %d", i + 1)
                        .isCloseTo(want.getPage(i).getMediaBox().getHeight(), Offset.offset(2f));
                BufferedImage a = gotPages.renderImageWithDPI(i, DPI, ImageType.GRAY);
                BufferedImage b = wanted.get(i);
                assertThat(ink(b)).as("page %d of what was sent has something on it", i + 1).isGreaterThan(0.01);
                double share = difference(a, b);
                shares.add(share);
                if (keepDiffering && share > SAME_AT_MOST) {
                    keep(received, i, a, b);
                }
            }
            return shares;
        }
    }

    /** The pages of a document that was sent, rendered once however many copies arrive. */
    private static synchronized List<BufferedImage> rendered(byte[] sent) throws IOException {
        List<BufferedImage> pages = RENDERED.get(sent);
        if (pages == null) {
            pages = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(sent)) {
                PDFRenderer renderer = new PDFRenderer(document);
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
                }
            }
            RENDERED.clear();
            RENDERED.put(sent, pages);
        }
        return pages;
    }

    /** Every page that arrived looks like the page that was sent. */
    static void assertSamePages(Path received, byte[] sent) throws IOException {
        List<Double> shares = differences(received, sent, true);
        assertThat(shares).as("share of differing pixels per page, %s against what was sent (pictures in %s)",
                received.getFileName(), folder()).allSatisfy(share -> assertThat(share).isLessThan(SAME_AT_MOST));
    }

    /** At least one page that arrived looks unlike the other document's. */
    static void assertDifferentPages(Path received, byte[] other) throws IOException {
        List<Double> shares;
        try (PDDocument got = Loader.loadPDF(received.toFile()); PDDocument want = Loader.loadPDF(other)) {
            if (got.getNumberOfPages() != want.getNumberOfPages()) {
                return;
            }
        }
        shares = differences(received, other, false);
        assertThat(shares.stream().mapToDouble(Double::doubleValue).max().orElse(0))
                .as("largest share of differing pixels against another document").isGreaterThan(DIFFERENT_AT_LEAST);
    }

    private static double difference(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        int[][] ga = softened(a, width, height);
        int[][] gb = softened(b, width, height);
        long differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (Math.abs(ga[y][x] - gb[y][x]) > GREY_STEP) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) width * height);
    }

    /** Each pixel's grey as the mean of the 3 x 3 pixels around it. */
    private static int[][] softened(BufferedImage image, int width, int height) {
        int[][] grey = new int[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                int count = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int px = x + dx;
                        int py = y + dy;
                        if (px >= 0 && py >= 0 && px < width && py < height) {
                            sum += image.getRaster().getSample(px, py, 0);
                            count++;
                        }
                    }
                }
                grey[y][x] = sum / count;
            }
        }
        return grey;
    }

    /** The share of pixels darker than light grey. */
    private static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRaster().getSample(x, y, 0) < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static Path folder() {
        return Path.of(System.getProperty("project.build.directory", "target"), "printed-pages");
    }

    private static void keep(Path received, int page, BufferedImage got, BufferedImage want) throws IOException {
        Path folder = folder();
        Files.createDirectories(folder);
        String base = received.getFileName().toString().replaceAll("\\.pdf$", "");
        ImageIO.write(got, "png", folder.resolve(String.format(Locale.ROOT, "%s-p%d-received.png", base, page + 1))
                .toFile());
        ImageIO.write(want, "png", folder.resolve(String.format(Locale.ROOT, "%s-p%d-sent.png", base, page + 1))
                .toFile());
    }
}
