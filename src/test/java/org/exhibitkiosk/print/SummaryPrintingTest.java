package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The print desk with a fake printer: what is sent, outcomes, handout batches stopping at a failure. */
class SummaryPrintingTest {

    private static Exhibit exhibit;
    private static KioskConfig config;
    private static ExecutorService thread;

    /** Records each job; fails the copies it is told to. */
    static class FakePrinter implements Printer {
        final List<String> jobs = new CopyOnWriteArrayList<>();
        final List<byte[]> pdfs = new CopyOnWriteArrayList<>();
        final List<KioskConfig.Paper> papers = new CopyOnWriteArrayList<>();
        int failFrom = Integer.MAX_VALUE;

        @Override
        public QueueState state() {
            return new QueueState("fake", QueueState.Condition.READY, "");
        }

        @Override
        public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
            jobs.add(jobName);
            pdfs.add(pdf);
            papers.add(paper);
            return jobs.size() >= failFrom ? JobOutcome.failed("fake-" + jobs.size(), "out of paper")
                    : JobOutcome.printed("fake-" + jobs.size());
        }
    }

    @BeforeAll
    static void read() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper())
                .load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG);
        exhibit = outcome.exhibit().orElseThrow();
        config = outcome.config().config().orElseThrow();
        thread = Executors.newSingleThreadExecutor(Threads.named("fake-printer"));
    }

    @AfterAll
    static void stop() {
        thread.shutdownNow();
    }

    private static SummaryPrinting desk(Printer printer) {
        return new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), SummaryMap.NONE), printer,
                Clock.systemUTC(), thread);
    }

    @Test
    void aVisitorsPrintSendsTheBilingualPdfOnTheConfiguredPaperAndCountsIt() throws IOException {
        FakePrinter printer = new FakePrinter();
        SummaryPrinting desk = desk(printer);

        JobOutcome outcome = desk.printForVisitor(exhibit, List.of("en", "hy")).join();

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.job()).isEqualTo("fake-1");
        assertThat(printer.jobs).singleElement().asString().startsWith("zangezur-1919-en-hy-");
        assertThat(printer.papers).containsExactly(config.printing().paper());
        try (PDDocument pdf = Loader.loadPDF(printer.pdfs.get(0))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(desk.limits().printsToday()).isEqualTo(1);
        assertThat(desk.mayPrint(1)).isEqualTo(PrintLimits.Verdict.ALREADY_PRINTED);
    }

    @Test
    void aHandoutBatchReportsEveryCopyAndStopsAtTheFirstFailure() {
        FakePrinter printer = new FakePrinter();
        printer.failFrom = 3;
        List<String> lines = new CopyOnWriteArrayList<>();

        HandoutBatch.Report report = desk(printer).printHandouts(exhibit, List.of("az"), 5,
                copy -> lines.add(copy.line())).join();

        assertThat(lines).containsExactly("copy 1 of 5: printed (job fake-1)", "copy 2 of 5: printed (job fake-2)",
                "copy 3 of 5: out of paper");
        assertThat(report.allPrinted()).isFalse();
        assertThat(report.summary()).isEqualTo("2 of 5 copies printed; copy 3 failed: out of paper");
        assertThat(printer.jobs).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aPrinterThatThrowsGivesAFailedOutcomeNotAnException() {
        Printer broken = new FakePrinter() {
            @Override
            public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
                throw new IllegalStateException("spooler crashed");
            }
        };
        JobOutcome outcome = desk(broken).printForVisitor(exhibit, List.of("en")).join();
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.message()).isEqualTo("printing failed: spooler crashed");
    }
}
