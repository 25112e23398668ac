package org.exhibitkiosk.print;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterMessageFromOperator;
import javax.print.attribute.standard.PrinterName;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.exhibitkiosk.config.KioskConfig;

/**
 * A Windows print queue, through {@code javax.print} and the Windows spooler: the kiosk's only use
 * of javax.print, for the {@code .msi}, since Windows has no CUPS to ask over IPP. The pages are
 * drawn by PDFBox through Java 2D. Windows tells Java little: the queue's state is what it reports
 * (accepting jobs, and where the driver says so, the printer's state and reasons), and a job counts
 * as printed once the spooler has taken it, since Windows reports no more to Java.
 * Blocking; never on the EDT. Thread-safe.
 */
public final class SpoolerPrinter implements Printer {

    private final String queue;

    /** @param queue the Windows printer's name; empty for the default printer */
    public SpoolerPrinter(String queue) {
        this.queue = queue == null ? "" : queue.strip();
    }

    @Override
    public QueueState state() {
        CupsPrinter.assertNotEdt();
        PrintService service = service();
        if (service == null) {
            return queue.isEmpty() ? new QueueState("", QueueState.Condition.NO_DEFAULT, "")
                    : new QueueState(queue, QueueState.Condition.MISSING, "");
        }
        return stateOf(service.getName(), service.getAttributes());
    }

    private PrintService service() {
        if (queue.isEmpty()) {
            return PrintServiceLookup.lookupDefaultPrintService();
        }
        HashAttributeSet wanted = new HashAttributeSet();
        wanted.add(new PrinterName(queue, null));
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, wanted);
        return services.length == 0 ? null : services[0];
    }

    /**
     * The state from what javax.print reports of a print service: its printer state, state reasons
     * (as IPP keywords with their severity: {@code media-empty-error}), whether it accepts jobs.
     */
    static QueueState stateOf(String name, AttributeSet attributes) {
        PrinterState printerState = (PrinterState) attributes.get(PrinterState.class);
        QueueState.Activity activity = printerState == null ? QueueState.Activity.UNKNOWN
                : printerState.equals(PrinterState.IDLE) ? QueueState.Activity.IDLE
                : printerState.equals(PrinterState.PROCESSING) ? QueueState.Activity.PRINTING
                : printerState.equals(PrinterState.STOPPED) ? QueueState.Activity.STOPPED
                : QueueState.Activity.UNKNOWN;
        PrinterIsAcceptingJobs accepting = (PrinterIsAcceptingJobs) attributes.get(PrinterIsAcceptingJobs.class);
        List<String> reasons = new ArrayList<>();
        PrinterStateReasons stateReasons = (PrinterStateReasons) attributes.get(PrinterStateReasons.class);
        if (stateReasons != null) {
            stateReasons.forEach((reason, severity) -> reasons.add(reason + "-"
                    + severity.toString().toLowerCase(Locale.ROOT)));
            reasons.sort(null);
        }
        PrinterMessageFromOperator message =
                (PrinterMessageFromOperator) attributes.get(PrinterMessageFromOperator.class);
        return QueueState.of(name, activity, !PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS.equals(accepting), reasons,
                message == null ? "" : message.getValue());
    }

    @Override
    public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
        CupsPrinter.assertNotEdt();
        QueueState state = state();
        if (!state.ready()) {
            return JobOutcome.failed("", state.message());
        }
        PrintService service = service();
        if (service == null) {
            return JobOutcome.failed("", "printer '" + state.queue() + "': Windows no longer lists it");
        }
        String name = service.getName();
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        attributes.add(new Copies(1));
        attributes.add(paper == KioskConfig.Paper.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4);
        CompletableFuture<JobOutcome> ended = new CompletableFuture<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            DocPrintJob job = service.createPrintJob();
            job.addPrintJobListener(new PrintJobAdapter() {
                @Override
                public void printJobFailed(PrintJobEvent event) {
                    ended.complete(JobOutcome.failed(name, "printer '" + name + "': Windows reports the job failed"));
                }

                @Override
                public void printJobCanceled(PrintJobEvent event) {
                    ended.complete(JobOutcome.failed(name, "printer '" + name + "': the job was cancelled"));
                }

                @Override
                public void printJobCompleted(PrintJobEvent event) {
                    ended.complete(spooled(name));
                }

                @Override
                public void printDataTransferCompleted(PrintJobEvent event) {
                    ended.complete(spooled(name));
                }

                @Override
                public void printJobNoMoreEvents(PrintJobEvent event) {
                    ended.complete(spooled(name));
                }

                @Override
                public void printJobRequiresAttention(PrintJobEvent event) {
                    ended.complete(JobOutcome.failed(name, "printer '" + name + "': the printer needs attention ("
                            + stateOf(name, service.getAttributes()).message() + ")"));
                }
            });
            // Returns once the spooler has the pages; the events above say how it went.
            job.print(new SimpleDoc(new PDFPageable(document), DocFlavor.SERVICE_FORMATTED.PAGEABLE, null), attributes);
            return ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (PrintException | IOException e) {
            return JobOutcome.failed("", "printer '" + name + "': the job was not accepted: " + CupsPrinter.oneLine(e));
        } catch (TimeoutException e) {
            return JobOutcome.failed(name, "printer '" + name + "': Windows did not take the job within "
                    + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return JobOutcome.failed(name, "printer '" + name + "': " + CupsPrinter.oneLine(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JobOutcome.failed(name, "printer '" + name + "': interrupted while the job was spooled");
        }
    }

    private static JobOutcome spooled(String name) {
        return new JobOutcome(true, name, "sent to the Windows print queue '" + name
                + "' (Windows reports no more of a job)");
    }
}
