package org.exhibitkiosk.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's print desk: builds summaries and sends them to the printer, checks the queue, keeps
 * the visitors' limits, and prints staff handouts. All building and printing runs on the executor
 * it is given (the printer thread), never on the EDT; each call returns at once with a future that
 * completes within the configured timeout. Thread-safe.
 */
public final class SummaryPrinting {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryPrinting.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final KioskConfig config;
    private final SummaryDocument documents;
    private final Printer printer;
    private final PrintLimits limits;
    private final Clock clock;
    private final Executor printerThread;
    private final AtomicReference<QueueState> lastState = new AtomicReference<>();
    private volatile Instant lastCheckedAt;
    private final AtomicLong printed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public SummaryPrinting(KioskConfig config, SummaryDocument documents, Printer printer, Clock clock,
                           Executor printerThread) {
        this.config = config;
        this.documents = documents;
        this.printer = printer;
        this.clock = clock;
        this.printerThread = printerThread;
        this.limits = new PrintLimits(config.printing(), config.timeZone(), clock);
    }

    /** The clock the kiosk's days are counted by. */
    public Clock clock() {
        return clock;
    }

    public KioskConfig config() {
        return config;
    }

    public PrintLimits limits() {
        return limits;
    }

    /** The state last read, or null before the first check. */
    public QueueState lastState() {
        return lastState.get();
    }

    /** When the state was last read (by the kiosk's clock), or null before the first check. */
    public Instant lastCheckedAt() {
        return lastCheckedAt;
    }

    /** Asks CUPS for the queue's state, on the printer thread, within a few seconds. */
    public CompletableFuture<QueueState> checkQueue() {
        return CompletableFuture.supplyAsync(() -> remember(printer.state()), printerThread)
                .completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .thenApply(state -> state != null ? state : remember(new QueueState(config.printing().queue(),
                        QueueState.Condition.UNKNOWN, "no answer within 10 s")));
    }

    private QueueState remember(QueueState state) {
        QueueState previous = lastState.getAndSet(state);
        lastCheckedAt = clock.instant();
        if (previous == null || !previous.equals(state)) {
            if (state.ready()) {
                LOG.info("{}", state.message());
            } else {
                LOG.warn("{}", state.message());
            }
        }
        return state;
    }

    /** Summaries and handout copies printed since this desk was made (for monitoring). */
    public long printed() {
        return printed.get();
    }

    /** Prints that failed since this desk was made (for monitoring). */
    public long failed() {
        return failed.get();
    }

    private void count(JobOutcome outcome) {
        (outcome.printed() ? printed : failed).incrementAndGet();
    }

    /** Whether a visitor who printed {@code printsThisSession} times may print now (no I/O). */
    public PrintLimits.Verdict mayPrint(int printsThisSession) {
        return limits.check(printsThisSession);
    }

    /**
     * Prints one summary for a visitor and counts it against the limits. Completes with the job's
     * outcome; a timeout or any failure completes it as failed, with the reason for the log.
     */
    public CompletableFuture<JobOutcome> printForVisitor(Exhibit exhibit, List<String> languages) {
        limits.record();
        Duration timeout = Duration.ofSeconds(config.printing().timeoutSeconds());
        return CompletableFuture.supplyAsync(() -> {
            byte[] pdf = build(exhibit, languages);
            JobOutcome outcome = printer.print(pdf, jobName(exhibit, languages, 1), config.printing().paper(), timeout);
            log(outcome);
            count(outcome);
            return outcome;
        }, printerThread)
                .orTimeout(timeout.toSeconds() + 15, TimeUnit.SECONDS)
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException c
                            && c.getCause() != null ? c.getCause() : failure;
                    JobOutcome failed = JobOutcome.failed("", cause instanceof TimeoutException
                            ? "printing took longer than " + timeout.toSeconds() + " s"
                            : "printing failed: " + CupsPrinter.oneLine(cause));
                    log(failed);
                    count(failed);
                    return failed;
                });
    }

    private static void log(JobOutcome outcome) {
        if (outcome.printed()) {
            LOG.info("summary {}", outcome.message());
        } else {
            LOG.warn("summary not printed: {}", outcome.message());
        }
    }

    /** The summary as a PDF, dated today in the kiosk's time zone. */
    public byte[] build(Exhibit exhibit, List<String> languages) {
        try {
            return documents.build(new SummaryDocument.Request(exhibit, config.museum(), config.printing().paper(),
                    languages, LocalDate.now(clock.withZone(config.timeZone()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job name CUPS shows and that finds the job again: exhibit, languages, time, copy. */
    public String jobName(Exhibit exhibit, List<String> languages, int copy) {
        return exhibit.info().id() + "-" + String.join("-", languages) + "-"
                + LocalDateTime.now(clock.withZone(config.timeZone())).format(STAMP) + "-"
                + String.format(Locale.ROOT, "%02d-%04x", copy, ThreadLocalRandom.current().nextInt(0x10000));
    }

    /** Staff handouts: {@code copies} jobs, one after the other, each one reported as it ends. */
    public CompletableFuture<HandoutBatch.Report> printHandouts(Exhibit exhibit, List<String> languages, int copies,
                                                                Consumer<HandoutBatch.Copy> progress) {
        return CompletableFuture.supplyAsync(() -> new HandoutBatch(this, printer).print(exhibit, languages, copies,
                copy -> {
                    count(copy.outcome());
                    progress.accept(copy);
                }), printerThread);
    }

    Duration timeout() {
        return Duration.ofSeconds(config.printing().timeoutSeconds());
    }
}
