package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code summary} and {@code print --out}: PDFs written with no display; usage errors exit 2, failures 1. */
class SummaryCommandTest {

    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void writesABilingualSummaryOnLetterPaper() throws IOException {
        Path file = temp.resolve("summary.pdf");
        assertThat(run("summary", "--lang", "en,hy", "--paper", "letter", "--out", file.toString())).isZero();
        assertThat(out.toString()).startsWith("wrote " + file + " (4 pages, letter, ");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertReadableByAll(file);
    }

    /** A PDF the kiosk writes is 0644: CUPS, a spooler or a colleague can read it, only its owner change it. */
    private static void assertReadableByAll(Path file) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void printWithOutWritesOnePdfPerCopy() throws IOException {
        assertThat(run("print", "--lang", "az", "--copies", "3", "--out", temp.toString())).isZero();
        assertThat(temp.resolve("zangezur-1919-az-01.pdf")).isRegularFile();
        assertThat(temp.resolve("zangezur-1919-az-03.pdf")).isRegularFile();
        assertReadableByAll(temp.resolve("zangezur-1919-az-01.pdf"));
        assertThat(out.toString()).contains("3 of 3 copies written");
    }

    @Test
    void badInputIsAUsageErrorAndFailuresSayWhyInOneLine() throws IOException {
        assertThat(run("summary", "--lang", "fr", "--out", temp.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'fr' is not one of the kiosk's languages");
        assertThat(run("summary", "--lang", "en")).isEqualTo(2);
        assertThat(run("print", "--lang", "en", "--copies", "0")).isEqualTo(2);
        assertThat(run("summary", "--lang", "en", "--paper", "a3", "--out", "x.pdf")).isEqualTo(2);

        err.getBuffer().setLength(0);
        assertThat(run("summary", "--lang", "en", "--out", temp.resolve("no/such/folder/x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("kiosk: folder ").endsWith("does not exist")
                .doesNotContain("\n").doesNotContain("Exception");

        err.getBuffer().setLength(0);
        assertThat(run("summary", "--content", temp.resolve("none").toString(), "--lang", "en",
                "--out", temp.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kiosk: content or config has ").contains("kiosk validate");
        assertThat(Files.exists(temp.resolve("x.pdf"))).isFalse();
    }
}
