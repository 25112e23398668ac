package org.exhibitkiosk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.print.HandoutBatch;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.print.Printer;
import org.exhibitkiosk.print.Printers;
import org.exhibitkiosk.print.QueueState;
import org.exhibitkiosk.print.SummaryDayMap;
import org.exhibitkiosk.print.SummaryDocument;
import org.exhibitkiosk.print.SummaryPrinting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code print --lang en --copies 20 [--printer NAME] [--out DIR]}: staff handouts. Each copy is
 * its own job and its outcome is printed as it ends; the first failure stops the batch and exits 1
 * with one line. {@code --out DIR} writes the PDFs instead of printing. Exit 0 all printed, 1
 * failed, 2 usage.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print take-home summaries as staff handouts, each copy reported.",
            "Prints to the configured queue (or --printer); --out DIR writes the PDFs instead."})
final class PrintCommand implements Callable<Integer> {

    static final int MAX_COPIES = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", required = true, paramLabel = "LANG[,LANG]",
            description = "Language(s) of the handout, e.g. en or en,hy.")
    String lang;

    @Option(names = "--copies", defaultValue = "1", paramLabel = "N",
            description = "How many copies (1 to " + MAX_COPIES + "; default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--printer", paramLabel = "NAME",
            description = "The CUPS queue (default: the configured one, else CUPS's default).")
    String printerName;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the PDFs into DIR instead of printing.")
    Path outFolder;

    @Override
    public Integer call() throws IOException {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--copies must be between 1 and " + MAX_COPIES);
        }
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        PrintSetup setup = PrintSetup.load(folders);
        List<String> languages = setup.languages(lang, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String queue = printerName != null ? printerName.strip() : setup.config.printing().queue();
        Printer printer = Printers.forQueue(queue);
        ExecutorService thread = Executors.newSingleThreadExecutor(Threads.named("printer"));
        try {
            SummaryPrinting printing = new SummaryPrinting(setup.config, new SummaryDocument(new PdfFonts(),
                    new SummaryDayMap()), printer, Clock.systemUTC(), thread);
            if (outFolder != null) {
                return write(printing, setup, languages, out);
            }
            QueueState state = printing.checkQueue().join();
            if (!state.ready()) {
                err.println("kiosk: " + state.message() + "; nothing printed");
                err.flush();
                return Main.FAILED;
            }
            HandoutBatch.Report report = printing.printHandouts(setup.exhibit, languages, copies, copy -> {
                out.println(copy.line());
                out.flush();
            }).join();
            if (!report.allPrinted()) {
                err.println("kiosk: " + report.summary());
                err.flush();
                return Main.FAILED;
            }
            out.println(report.summary());
            out.flush();
            return Main.OK;
        } finally {
            thread.shutdownNow();
        }
    }

    private int write(SummaryPrinting printing, PrintSetup setup, List<String> languages, PrintWriter out)
            throws IOException {
        if (!Files.isDirectory(outFolder)) {
            throw new IOException("folder " + outFolder + " does not exist");
        }
        byte[] pdf = printing.build(setup.exhibit, languages);
        for (int copy = 1; copy <= copies; copy++) {
            Path file = outFolder.resolve(String.format(Locale.ROOT, "%s-%s-%02d.pdf",
                    setup.exhibit.info().id(), String.join("-", languages), copy));
            SummaryCommand.write(file, pdf);
            out.println("copy " + copy + " of " + copies + ": wrote " + file);
        }
        out.println(copies + " of " + copies + " copies written");
        out.flush();
        return Main.OK;
    }
}
