package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.exhibitkiosk.app.Main;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.CupsTestQueue;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Printing through the real CUPS that {@code .ci/test.sh} brings up: a summary and a three-copy
 * handout arrive as PDFs from the cups-pdf queue; a missing, rejecting or stopped queue and a CUPS
 * that does not answer each give their message within seconds; no printing work runs on the EDT.
 */
class CupsPrintingIT {

    private static final Duration SECONDS = Duration.ofSeconds(8);
    private static Exhibit exhibit;
    private static KioskConfig config;
    private static ExecutorService printerThread;

    @BeforeAll
    static void read() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper())
                .load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG);
        exhibit = outcome.exhibit().orElseThrow();
        config = outcome.config().config().orElseThrow();
        printerThread = Executors.newSingleThreadExecutor(Threads.named("test-printer"));
    }

    @AfterAll
    static void stop() {
        printerThread.shutdownNow();
    }

    private static SummaryPrinting desk(Printer printer) {
        return new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), SummaryMap.NONE), printer,
                Clock.systemUTC(), printerThread);
    }

    @Test
    void aVisitorsSummaryComesOutOfTheRealQueueAsItWasSent() throws IOException {
        String queue = CupsTestQueue.queue();
        Printer real = CupsPrinter.local(queue);
        AtomicReference<byte[]> sent = new AtomicReference<>();
        SummaryPrinting desk = desk(new Printer() {
            @Override
            public QueueState state() {
                return real.state();
            }

            @Override
            public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
                sent.set(pdf);
                return real.print(pdf, jobName, paper, timeout);
            }
        });
        QueueState state = desk.checkQueue().join();
        assertThat(state.condition()).as(state.message()).isEqualTo(QueueState.Condition.READY);
        assertThat(state.activity()).isIn(QueueState.Activity.IDLE, QueueState.Activity.PRINTING);
        assertThat(state.acceptingJobs()).isTrue();

        JobOutcome outcome = desk.printForVisitor(exhibit, List.of("hy")).join();

        assertThat(outcome.printed()).as(outcome.message()).isTrue();
        assertThat(outcome.job()).startsWith(queue + "-");
        Path pdf = awaitPdfOfJob(outcome.job());
        PrintedPages.assertSamePages(pdf, sent.get());
        // The comparison tells summaries apart: another language's summary does not pass for this one.
        PrintedPages.assertDifferentPages(pdf, desk.build(exhibit, List.of("en")));
    }

    @Test
    void aThreeCopyHandoutFromTheCommandLineReportsEachCopyAndArrivesThreeTimes() throws IOException {
        String queue = CupsTestQueue.queue();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));

        int code = line.execute("print", "--lang", "en", "--copies", "3", "--printer", queue);

        assertThat(code).as(err.toString()).isZero();
        List<String> jobs = new ArrayList<>();
        Matcher matcher = Pattern.compile("copy (\\d) of 3: printed \\(job (" + Pattern.quote(queue) + "-\\d+)\\)")
                .matcher(out.toString());
        while (matcher.find()) {
            jobs.add(matcher.group(2));
        }
        assertThat(jobs).hasSize(3).doesNotHaveDuplicates();
        assertThat(out.toString()).contains("3 of 3 copies printed");
        byte[] sent = new SummaryPrinting(config, new SummaryDocument(new PdfFonts(),
                new SummaryDayMap()), CupsPrinter.local(queue), Clock.systemUTC(), printerThread)
                .build(exhibit, List.of("en"));
        for (String job : jobs) {
            PrintedPages.assertSamePages(awaitPdfOfJob(job), sent);
        }
    }

    @Test
    void aMissingQueueIsReportedWithinSeconds() {
        CupsTestQueue.queue();
        assertStateWithinSeconds(CupsPrinter.local(CupsTestQueue.MISSING), QueueState.Condition.MISSING);
        JobOutcome outcome = printWithinSeconds(CupsPrinter.local(CupsTestQueue.MISSING));
        assertThat(outcome.message()).contains("does not exist");
    }

    @Test
    void aQueueRejectingJobsIsReportedWithinSeconds() {
        CupsTestQueue.queue();
        assertStateWithinSeconds(CupsPrinter.local(CupsTestQueue.REJECTING), QueueState.Condition.REJECTING);
        assertThat(printWithinSeconds(CupsPrinter.local(CupsTestQueue.REJECTING)).message()).contains("rejecting");
    }

    @Test
    void aStoppedQueueIsReportedWithinSecondsThoughItWouldAcceptTheJob() {
        CupsTestQueue.queue();
        assertStateWithinSeconds(CupsPrinter.local(CupsTestQueue.STOPPED), QueueState.Condition.STOPPED);
        assertThat(printWithinSeconds(CupsPrinter.local(CupsTestQueue.STOPPED)).message()).contains("stopped");
    }

    @Test
    void cupsNotRunningIsReportedWithinSeconds() {
        String queue = CupsTestQueue.queue();
        // Nothing listens on port 1: as if cupsd were not running.
        assertStateWithinSeconds(CupsPrinter.at("localhost:1", queue), QueueState.Condition.CUPS_NOT_RUNNING);
    }

    @Test
    void theCommandLineSaysCupsIsNotRunningAndExitsOneWithinSeconds() throws Exception {
        String queue = CupsTestQueue.queue();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "print", "--lang", "az", "--printer", queue);
        builder.environment().put("CUPS_SERVER", "localhost:1");
        builder.redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reading.get(5, TimeUnit.SECONDS);
        String text = output.toString(StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(text).contains("kiosk: printer '" + queue + "': CUPS is not running").doesNotContain("\tat ");
    }

    @Test
    void noPrintingWorkRunsOnTheEdtAndTheEdtKeepsHandlingEventsWhileAJobWaits() throws Exception {
        String queue = CupsTestQueue.queue();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch edtStillAnswers = new CountDownLatch(20);
        Printer real = CupsPrinter.local(queue);
        Printer watched = new Printer() {
            @Override
            public QueueState state() {
                threads.add(Thread.currentThread().getName() + (EventQueue.isDispatchThread() ? " (EDT)" : ""));
                return real.state();
            }

            @Override
            public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
                threads.add(Thread.currentThread().getName() + (EventQueue.isDispatchThread() ? " (EDT)" : ""));
                try {
                    // The job waits here until the EDT has handled twenty events posted meanwhile.
                    if (!edtStillAnswers.await(10, TimeUnit.SECONDS)) {
                        return JobOutcome.failed("", "the EDT stopped handling events while the job waited");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return real.print(pdf, jobName, paper, timeout);
            }
        };
        SummaryPrinting desk = desk(watched);
        AtomicReference<CompletableFuture<JobOutcome>> job = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            desk.checkQueue();
            job.set(desk.printForVisitor(exhibit, List.of("en")));
        });
        AtomicInteger handled = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            EventQueue.invokeLater(() -> {
                handled.incrementAndGet();
                edtStillAnswers.countDown();
            });
        }
        JobOutcome outcome = job.get().get(60, TimeUnit.SECONDS);

        assertThat(outcome.printed()).as(outcome.message()).isTrue();
        assertThat(handled).hasValue(20);
        assertThat(threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("test-printer")
                .doesNotContain("EDT"));
        assertThat(Files.exists(awaitPdfOfJob(outcome.job()))).isTrue();
    }

    /** The PDF cups-pdf wrote for a CUPS job ("kiosk-test-12"), found by the job's name as CUPS knows it. */
    private static Path awaitPdfOfJob(String cupsJob) throws IOException {
        String queue = cupsJob.substring(0, cupsJob.lastIndexOf('-'));
        int id = Integer.parseInt(cupsJob.substring(cupsJob.lastIndexOf('-') + 1));
        String name = CupsPrinter.local(queue).jobName(queue, id);
        assertThat(name).as("CUPS knows job %s", cupsJob).isNotNull();
        return CupsTestQueue.awaitPdfNamed(name);
    }

    private static void assertStateWithinSeconds(Printer printer, QueueState.Condition expected) {
        long start = System.nanoTime();
        QueueState state = desk(printer).checkQueue().join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SECONDS);
        assertThat(state.condition()).as(state.message()).isEqualTo(expected);
        assertThat(state.ready()).isFalse();
        assertThat(state.message()).contains(expected.words());
    }

    private static JobOutcome printWithinSeconds(Printer printer) {
        long start = System.nanoTime();
        JobOutcome outcome = desk(printer).printForVisitor(exhibit, List.of("en")).join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SECONDS);
        assertThat(outcome.printed()).isFalse();
        return outcome;
    }
}
