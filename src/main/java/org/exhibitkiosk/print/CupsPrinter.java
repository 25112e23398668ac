package org.exhibitkiosk.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.exhibitkiosk.config.KioskConfig;
import javax.print.attribute.standard.PrinterName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CUPS queue (the configured one, or CUPS's default). Jobs go through {@code javax.print}: the PDF
 * itself where the queue takes PDF, else PDFBox's pages through a {@link PrinterJob}; never a dialog.
 * The queue's state and each job's outcome come from CUPS over IPP ({@link IppClient}), because
 * javax.print reports neither, and a stopped queue still accepts jobs.
 * Blocking; never on the EDT. Thread-safe.
 */
public final class CupsPrinter implements Printer {

    private static final Logger LOG = LoggerFactory.getLogger(CupsPrinter.class);
    private static final Duration POLL = Duration.ofMillis(150);

    static {
        // javax.print otherwise caches the list of queues for two minutes: a queue a technician
        // has just added or removed would not be seen. Must be set before javax.print's lookup loads.
        if (System.getProperty("sun.java2d.print.polling") == null) {
            System.setProperty("sun.java2d.print.polling", "false");
        }
    }

    private final String queue;
    private final IppClient cups;

    /**
     * @param queue the CUPS queue; empty for CUPS's default printer
     * @param cups  how to reach CUPS
     */
    CupsPrinter(String queue, IppClient cups) {
        this.queue = queue == null ? "" : queue.strip();
        this.cups = cups;
    }

    /** The queue on the local CUPS server (as the CUPS tools find it), with a short timeout for each request. */
    public static CupsPrinter local(String queue) {
        return new CupsPrinter(queue, IppClient.local(Duration.ofSeconds(4)));
    }

    /** The queue on the CUPS server at {@code server} ("host" or "host:port"). */
    public static CupsPrinter at(String server, String queue) {
        return new CupsPrinter(queue, IppClient.of(server, Duration.ofSeconds(4)));
    }

    @Override
    public QueueState state() {
        assertNotEdt();
        String name = queue;
        try {
            if (name.isEmpty()) {
                name = cups.defaultPrinter();
                if (name == null) {
                    return new QueueState("", QueueState.Condition.NO_DEFAULT, "");
                }
            }
            IppClient.Response response = cups.printerAttributes(name);
            if (response.status() == IppClient.STATUS_NOT_FOUND) {
                return new QueueState(name, QueueState.Condition.MISSING, "");
            }
            if (!response.ok()) {
                return new QueueState(name, QueueState.Condition.UNKNOWN,
                        "CUPS answered status 0x" + Integer.toHexString(response.status()));
            }
            Map<String, List<Object>> printer = response.printer();
            String message = first(printer, "printer-state-message");
            List<Object> reasons = printer.getOrDefault("printer-state-reasons", List.of());
            if (Integer.valueOf(5).equals(firstObject(printer, "printer-state"))) {
                return new QueueState(name, QueueState.Condition.STOPPED, message);
            }
            if (Boolean.FALSE.equals(firstObject(printer, "printer-is-accepting-jobs"))) {
                return new QueueState(name, QueueState.Condition.REJECTING, message);
            }
            for (Object reason : reasons) {
                String r = reason.toString();
                if (r.startsWith("media-empty") || r.startsWith("media-needed") || r.startsWith("media-jam")) {
                    return new QueueState(name, QueueState.Condition.OUT_OF_PAPER, r);
                }
            }
            return new QueueState(name, QueueState.Condition.READY, "");
        } catch (ConnectException | UnknownHostException | SocketTimeoutException e) {
            return new QueueState(name, QueueState.Condition.CUPS_NOT_RUNNING,
                    cups.server() + ": " + oneLine(e));
        } catch (IOException | RuntimeException e) {
            return new QueueState(name, QueueState.Condition.UNKNOWN, oneLine(e));
        }
    }

    @Override
    public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
        assertNotEdt();
        long deadline = System.nanoTime() + timeout.toNanos();
        QueueState state = state();
        if (!state.ready()) {
            return JobOutcome.failed("", state.message());
        }
        String name = state.queue();
        PrintService service = service(name);
        if (service == null) {
            return JobOutcome.failed("", "printer '" + name + "': CUPS has the queue but Java's print service"
                    + " does not list it");
        }
        try {
            submit(service, pdf, jobName, paper);
        } catch (PrintException | PrinterException | IOException e) {
            return JobOutcome.failed("", "printer '" + name + "': the job was not accepted: " + oneLine(e));
        }
        return follow(name, jobName, deadline, timeout);
    }

    private static PrintService service(String name) {
        HashAttributeSet wanted = new HashAttributeSet();
        wanted.add(new PrinterName(name, null));
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, wanted);
        return services.length == 0 ? null : services[0];
    }

    private static void submit(PrintService service, byte[] pdf, String jobName, KioskConfig.Paper paper)
            throws PrintException, PrinterException, IOException {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        attributes.add(new Copies(1));
        // The queue's default paper may differ (cups-pdf defaults to Letter): ask for the summary's.
        attributes.add(paper == KioskConfig.Paper.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4);
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            // The PDF itself: a small spool, and the printer's own renderer.
            DocPrintJob job = service.createPrintJob();
            job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null), attributes);
            return;
        }
        LOG.info("printer '{}' does not take PDF; printing the pages through Java 2D", service.getName());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print(attributes);
        }
    }

    /** Waits for CUPS to report the job finished, until the deadline; cancels it when time runs out. */
    private JobOutcome follow(String name, String jobName, long deadline, Duration timeout) {
        Integer jobId = null;
        int state = 0;
        String reasons = "";
        try {
            while (true) {
                for (Map<String, List<Object>> job : cups.jobs(name).jobs()) {
                    // Java's lpr call passes the name with a leading space ("-J name" split oddly).
                    if (jobName.equals(first(job, "job-name").strip())) {
                        Object id = firstObject(job, "job-id");
                        Object jobState = firstObject(job, "job-state");
                        if (id instanceof Integer i && (jobId == null || i >= jobId)) {
                            jobId = i;
                            state = jobState instanceof Integer s ? s : 0;
                            reasons = String.join(",", job.getOrDefault("job-state-reasons", List.of()).stream()
                                    .map(Object::toString).toList());
                        }
                    }
                }
                String job = jobId == null ? "" : name + "-" + jobId;
                switch (state) {
                    case 9:
                        return JobOutcome.printed(job);
                    case 7:
                        return JobOutcome.failed(job, "printer '" + name + "': job " + job + " was cancelled ("
                                + reasons + ")");
                    case 8:
                        return JobOutcome.failed(job, "printer '" + name + "': job " + job + " was aborted ("
                                + reasons + ")");
                    default:
                        break;
                }
                if (System.nanoTime() > deadline) {
                    if (jobId != null) {
                        cups.cancel(name, jobId);
                    }
                    return JobOutcome.failed(job, "printer '" + name + "': job " + (job.isEmpty() ? jobName : job)
                            + " did not finish within " + timeout.toSeconds() + " s"
                            + (reasons.isEmpty() ? "" : " (" + reasons + ")") + "; cancelled");
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            return JobOutcome.failed(jobId == null ? "" : name + "-" + jobId,
                    "printer '" + name + "': lost touch with CUPS while the job printed: " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JobOutcome.failed("", "printer '" + name + "': interrupted while the job printed");
        }
    }

    private static String first(Map<String, List<Object>> attributes, String name) {
        Object value = firstObject(attributes, name);
        return value == null ? "" : value.toString();
    }

    private static Object firstObject(Map<String, List<Object>> attributes, String name) {
        List<Object> values = attributes.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Printer work never runs on the event dispatch thread. Asked by the thread's name, because
     * asking AWT would start its toolkit, which the command line on a machine with no display
     * must not do.
     */
    private static void assertNotEdt() {
        if (Thread.currentThread().getName().startsWith("AWT-EventQueue")) {
            throw new IllegalStateException("printer work must not run on the event dispatch thread");
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
