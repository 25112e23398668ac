package org.exhibitkiosk.print;

import static com.hp.jipp.encoding.Tag.jobAttributes;
import static com.hp.jipp.encoding.Tag.operationAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import com.hp.jipp.cups.Cups;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.JobState;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exhibitkiosk.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CUPS printer against recorded IPP answers, with no cupsd: the queue's state as staff read it
 * (out of paper, jammed, out of toner, offline, stopped, rejecting, missing), a job handed over as
 * the PDF itself and followed by its job-id to the end, a job on a printer that runs out of paper
 * cancelled and reported, a job that takes too long cancelled, and a CUPS that does not answer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CupsPrinterTest {

    private static final byte[] PDF = "%PDF-1.7 a summary, as far as this test cares".getBytes(StandardCharsets.US_ASCII);
    private static final Duration ENOUGH = Duration.ofSeconds(20);

    private FakeCups cups;

    @BeforeEach
    void start() throws IOException {
        cups = new FakeCups();
    }

    @AfterEach
    void stop() {
        cups.close();
    }

    private QueueState stateWhenCupsSays(IppPacket answer) {
        cups.answer(Operation.getPrinterAttributes.getCode(), answer);
        return cups.printer("kiosk").state();
    }

    @Test
    void theRecordedAnswersOfTheTestQueuesReadAsCupsMeantThem() {
        QueueState idle = stateWhenCupsSays(FakeCups.recorded("printer-idle.ipp"));
        assertThat(idle.condition()).isEqualTo(QueueState.Condition.READY);
        assertThat(idle.activity()).isEqualTo(QueueState.Activity.IDLE);
        assertThat(idle.acceptingJobs()).isTrue();
        assertThat(idle.reasons()).isEmpty();
        assertThat(idle.message()).isEqualTo("printer 'kiosk': ready");

        QueueState stopped = stateWhenCupsSays(FakeCups.recorded("printer-stopped.ipp"));
        assertThat(stopped.condition()).isEqualTo(QueueState.Condition.STOPPED);
        assertThat(stopped.activity()).isEqualTo(QueueState.Activity.STOPPED);
        assertThat(stopped.reasons()).containsExactly("paused");
        assertThat(stopped.message()).isEqualTo("printer 'kiosk': the queue is stopped (Paused)");

        QueueState rejecting = stateWhenCupsSays(FakeCups.recorded("printer-rejecting.ipp"));
        assertThat(rejecting.condition()).isEqualTo(QueueState.Condition.REJECTING);
        assertThat(rejecting.acceptingJobs()).isFalse();
        assertThat(rejecting.message()).isEqualTo("printer 'kiosk': the queue is rejecting jobs (Rejecting Jobs)");

        QueueState missing = stateWhenCupsSays(FakeCups.recorded("printer-missing.ipp"));
        assertThat(missing.condition()).isEqualTo(QueueState.Condition.MISSING);
        assertThat(missing.message()).isEqualTo("printer 'kiosk': the queue does not exist in CUPS");

        // Every question named the queue and asked for the state's attributes.
        FakeCups.Request asked = cups.requests().get(0);
        assertThat(asked.path()).isEqualTo("/printers/kiosk");
        assertThat(asked.packet().getStrings(operationAttributes, Types.requestedAttributes)).contains(
                "printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "printer-state-message");
    }

    @Test
    void outOfPaperIsWhatStaffAreTold() {
        QueueState state = stateWhenCupsSays(FakeCups.printerSays(PrinterState.idle, List.of("media-empty-error"),
                "Tray 1 is empty"));

        assertThat(state.condition()).isEqualTo(QueueState.Condition.OUT_OF_PAPER);
        assertThat(state.ready()).isFalse();
        assertThat(state.activity()).isEqualTo(QueueState.Activity.IDLE);
        assertThat(state.reasons()).containsExactly("media-empty-error");
        assertThat(state.message())
                .isEqualTo("printer 'kiosk': the printer is out of paper (media-empty-error: Tray 1 is empty)");
    }

    @Test
    void aQueueStoppedBecauseItRanOutOfPaperSaysOutOfPaperNotMerelyStopped() {
        QueueState state = stateWhenCupsSays(FakeCups.printerSays(PrinterState.stopped,
                List.of("media-needed", "paused"), ""));

        assertThat(state.condition()).isEqualTo(QueueState.Condition.OUT_OF_PAPER);
        assertThat(state.activity()).isEqualTo(QueueState.Activity.STOPPED);
        assertThat(state.message()).isEqualTo("printer 'kiosk': the printer is out of paper (media-needed)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "media-jam-error,            PAPER_JAM",
        "toner-empty-error,          OUT_OF_TONER",
        "marker-supply-empty-error,  OUT_OF_TONER",
        "door-open-error,            COVER_OPEN",
        "cover-open,                 COVER_OPEN",
        "offline-report,             OFFLINE",
        "spool-area-full-error,      PRINTER_ERROR",
        "toner-low-warning,          READY",
        "media-empty-warning,        READY",
        "connecting-to-device-report, READY",
        "none,                       READY"})
    void eachStateReasonStopsPrintingOrOnlyWarnsAsItsSuffixSays(String reason, QueueState.Condition expected) {
        QueueState state = stateWhenCupsSays(FakeCups.printerSays(PrinterState.processing, List.of(reason), ""));

        assertThat(state.condition()).isEqualTo(expected);
        assertThat(state.activity()).isEqualTo(QueueState.Activity.PRINTING);
        assertThat(state.message()).contains(expected.words());
        if (reason.endsWith("-warning")) {
            assertThat(state.warnings()).containsExactly(reason);
            assertThat(state.message()).isEqualTo("printer 'kiosk': ready (warning: " + reason + ")");
        } else if (expected != QueueState.Condition.READY) {
            assertThat(state.message()).contains("(" + reason + ")");
        }
    }

    @Test
    void aJobIsThePdfItselfOnThePaperAskedForAndPrintsWhenCupsSaysCompleted() {
        cups.answer(Operation.getPrinterAttributes.getCode(), FakeCups.recorded("printer-idle.ipp"))
                .answer(Operation.printJob.getCode(), FakeCups.recorded("print-job.ipp"))
                .answer(Operation.getJobAttributes.getCode(), request -> cups.requests(
                        Operation.getJobAttributes.getCode()).size() < 3
                        ? FakeCups.recorded("job-processing.ipp") : FakeCups.recorded("job-completed.ipp"));

        JobOutcome outcome = cups.printer("kiosk").print(PDF, "zangezur-1919-en-01", KioskConfig.Paper.A4, ENOUGH);

        assertThat(outcome.printed()).as(outcome.message()).isTrue();
        assertThat(outcome.job()).isEqualTo("kiosk-9");
        assertThat(outcome.message()).isEqualTo("printed (job kiosk-9)");
        FakeCups.Request job = cups.requests(Operation.printJob.getCode()).get(0);
        assertThat(job.document()).isEqualTo(PDF);
        assertThat(job.packet().getString(operationAttributes, Types.documentFormat)).isEqualTo("application/pdf");
        assertThat(job.packet().getString(operationAttributes, Types.jobName)).isEqualTo("zangezur-1919-en-01");
        assertThat(job.packet().getString(jobAttributes, Types.media)).isEqualTo("iso_a4_210x297mm");
        // Followed by the job-id CUPS gave, not found again by its name.
        assertThat(cups.requests(Operation.getJobAttributes.getCode())).hasSize(3).allSatisfy(ask ->
                assertThat(ask.packet().getValue(operationAttributes, Types.jobId)).isEqualTo(9));
        assertThat(cups.requests(Operation.cancelJob.getCode())).isEmpty();
    }

    @Test
    void letterPaperIsAskedForByItsPwgName() {
        cups.answer(Operation.getPrinterAttributes.getCode(), FakeCups.recorded("printer-idle.ipp"))
                .answer(Operation.printJob.getCode(), FakeCups.recorded("print-job.ipp"))
                .answer(Operation.getJobAttributes.getCode(), FakeCups.recorded("job-completed.ipp"));

        assertThat(cups.printer("kiosk").print(PDF, "job", KioskConfig.Paper.LETTER, ENOUGH).printed()).isTrue();
        assertThat(cups.requests(Operation.printJob.getCode()).get(0).packet().getString(jobAttributes, Types.media))
                .isEqualTo("na_letter_8.5x11in");
    }

    @Test
    void aPrinterThatRunsOutOfPaperDuringTheJobFailsItAtOnceAndCancelsIt() {
        AtomicBoolean paperGone = new AtomicBoolean();
        cups.answer(Operation.getPrinterAttributes.getCode(), request -> paperGone.get()
                        ? FakeCups.printerSays(PrinterState.processing, List.of("media-empty-error"), "Out of paper")
                        : FakeCups.recorded("printer-idle.ipp"))
                .answer(Operation.printJob.getCode(), request -> {
                    paperGone.set(true);
                    return FakeCups.recorded("print-job.ipp");
                })
                .answer(Operation.getJobAttributes.getCode(), FakeCups.recorded("job-processing.ipp"))
                .answer(Operation.cancelJob.getCode(), new IppPacket.Builder(Status.successfulOk).build());

        long start = System.nanoTime();
        JobOutcome outcome = cups.printer("kiosk").print(PDF, "job", KioskConfig.Paper.A4, ENOUGH);

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.job()).isEqualTo("kiosk-9");
        assertThat(outcome.message()).isEqualTo("printer 'kiosk': the printer is out of paper"
                + " (media-empty-error: Out of paper); job kiosk-9 did not print and was cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ENOUGH.dividedBy(2));
        assertThat(cups.requests(Operation.cancelJob.getCode())).singleElement().satisfies(cancel ->
                assertThat(cancel.packet().getValue(operationAttributes, Types.jobId)).isEqualTo(9));
    }

    @Test
    void aJobThatDoesNotFinishInTimeIsCancelledAndSaysSo() {
        cups.answer(Operation.getPrinterAttributes.getCode(), FakeCups.recorded("printer-idle.ipp"))
                .answer(Operation.printJob.getCode(), FakeCups.recorded("print-job.ipp"))
                .answer(Operation.getJobAttributes.getCode(), FakeCups.recorded("job-processing.ipp"))
                .answer(Operation.cancelJob.getCode(), new IppPacket.Builder(Status.successfulOk).build());

        JobOutcome outcome = cups.printer("kiosk").print(PDF, "job", KioskConfig.Paper.A4, Duration.ofSeconds(1));

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.message()).isEqualTo("printer 'kiosk': job kiosk-9 did not finish within 1 s"
                + " (job-printing); cancelled");
        assertThat(cups.requests(Operation.cancelJob.getCode())).hasSize(1);
    }

    @Test
    void anAbortedJobAndARefusedJobAreReportedWithWhatCupsSaid() {
        cups.answer(Operation.getPrinterAttributes.getCode(), FakeCups.recorded("printer-idle.ipp"))
                .answer(Operation.printJob.getCode(), FakeCups.recorded("print-job.ipp"))
                .answer(Operation.getJobAttributes.getCode(), new IppPacket.Builder(Status.successfulOk)
                        .putJobAttributes(Types.jobState.of(JobState.aborted),
                                Types.jobStateReasons.of("job-completed-with-errors"),
                                Cups.Types.jobPrinterStateMessage.of("Filter failed"))
                        .build());
        JobOutcome aborted = cups.printer("kiosk").print(PDF, "job", KioskConfig.Paper.A4, ENOUGH);
        assertThat(aborted.printed()).isFalse();
        assertThat(aborted.message()).isEqualTo("printer 'kiosk': job kiosk-9 was aborted"
                + " (job-completed-with-errors: Filter failed)");

        cups.answer(Operation.printJob.getCode(), new IppPacket.Builder(Status.clientErrorDocumentFormatNotSupported)
                .putOperationAttributes(Types.statusMessage.of("Unsupported document-format")).build());
        JobOutcome refused = cups.printer("kiosk").print(PDF, "job", KioskConfig.Paper.A4, ENOUGH);
        assertThat(refused.printed()).isFalse();
        assertThat(refused.job()).isEmpty();
        assertThat(refused.message()).isEqualTo("printer 'kiosk': CUPS did not accept the job:"
                + " client-error-document-format-not-supported (0x40a): Unsupported document-format");
    }

    @Test
    void aQueueThatCannotPrintGetsNoJob() {
        cups.answer(Operation.getPrinterAttributes.getCode(), FakeCups.printerSays(PrinterState.idle,
                List.of("media-jam-error"), "Paper jam in tray 2"));

        JobOutcome outcome = cups.printer("kiosk").print(PDF, "job", KioskConfig.Paper.A4, ENOUGH);

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.message()).isEqualTo(
                "printer 'kiosk': the paper is jammed in the printer (media-jam-error: Paper jam in tray 2)");
        assertThat(cups.requests(Operation.printJob.getCode())).isEmpty();
    }

    @Test
    void withNoQueueConfiguredCupssDefaultIsAskedForAndUsed() {
        cups.answer(Cups.Operation.cupsGetDefault.getCode(), new IppPacket.Builder(Status.successfulOk)
                        .putPrinterAttributes(Types.printerName.of("front-desk")).build())
                .answer(Operation.getPrinterAttributes.getCode(), FakeCups.recorded("printer-idle.ipp"));
        QueueState state = cups.printer("").state();
        assertThat(state.queue()).isEqualTo("front-desk");
        assertThat(state.ready()).isTrue();
        assertThat(cups.requests(Operation.getPrinterAttributes.getCode()).get(0).path())
                .isEqualTo("/printers/front-desk");

        cups.answer(Cups.Operation.cupsGetDefault.getCode(), new IppPacket.Builder(Status.clientErrorNotFound).build());
        QueueState none = cups.printer("").state();
        assertThat(none.condition()).isEqualTo(QueueState.Condition.NO_DEFAULT);
        assertThat(none.message()).isEqualTo("printer: no queue is configured and CUPS has no default printer");
    }

    @Test
    void aCupsThatTakesTheConnectionButNeverAnswersIsReportedAsUnreachableWithinItsTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread holder = new Thread(() -> {
                try (Socket ignored = silent.accept(); InputStream in = ignored.getInputStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // the test is over
                }
            });
            holder.setDaemon(true);
            holder.start();
            CupsServer server = new CupsServer("127.0.0.1", silent.getLocalPort(), Duration.ofMillis(500));

            long start = System.nanoTime();
            QueueState state = new CupsPrinter("kiosk", server, server).state();

            assertThat(state.condition()).isEqualTo(QueueState.Condition.CUPS_NOT_RUNNING);
            assertThat(state.message()).startsWith("printer 'kiosk': CUPS is not running or cannot be reached (127.0.0.1:"
                    + silent.getLocalPort() + ": ");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
