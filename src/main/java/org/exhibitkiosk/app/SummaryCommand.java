package org.exhibitkiosk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.print.SummaryDayMap;
import org.exhibitkiosk.print.SummaryDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code summary --lang hy --out FILE.pdf}: writes the take-home summary as a PDF, with no display.
 * {@code --lang en,hy} writes a bilingual edition. Exit 0 written, 1 failed, 2 usage.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Write the take-home summary as a PDF (no display needed).",
            "Two pages per language; --lang en,hy gives a bilingual edition."})
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", required = true, paramLabel = "LANG[,LANG]",
            description = "Language(s) of the summary, e.g. hy or en,hy.")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", converter = PaperConverter.class,
            description = "Paper size (default: the kiosk's configured paper).")
    KioskConfig.Paper paper;

    @Override
    public Integer call() throws IOException {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        PrintSetup setup = PrintSetup.load(folders);
        List<String> languages = setup.languages(lang, spec.commandLine());
        KioskConfig.Paper chosen = paper != null ? paper : setup.config.printing().paper();
        byte[] pdf = new SummaryDocument(new PdfFonts(), new SummaryDayMap()).build(new SummaryDocument.Request(
                setup.exhibit, setup.config.museum(), chosen, languages, LocalDate.now(setup.config.timeZone())));
        write(out, pdf);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + " (" + languages.size() * 2 + " pages, " + chosen.name().toLowerCase(
                Locale.ROOT) + ", " + (pdf.length + 1023) / 1024 + " KB)");
        stdout.flush();
        return Main.OK;
    }

    /**
     * Writes next to the target and moves it into place, so a reader never sees half a file. The
     * PDF is readable by all (0644), as a file a technician hands to CUPS, a printer's spooler or a
     * colleague must be; a temporary file is made owner-only.
     */
    private static final Set<PosixFilePermission> READABLE_BY_ALL = PosixFilePermissions.fromString("rw-r--r--");

    static void write(Path file, byte[] bytes) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("folder " + folder + " does not exist");
        }
        Path temporary = Files.createTempFile(folder, ".summary-", ".pdf.part");
        try {
            Files.write(temporary, bytes);
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, READABLE_BY_ALL);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a4 or letter. */
    static final class PaperConverter implements CommandLine.ITypeConverter<KioskConfig.Paper> {
        @Override
        public KioskConfig.Paper convert(String value) {
            try {
                return KioskConfig.Paper.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a paper size: a4 or letter");
            }
        }
    }
}
