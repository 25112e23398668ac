package org.exhibitkiosk.print;

import static com.hp.jipp.encoding.Tag.jobAttributes;
import static com.hp.jipp.encoding.Tag.operationAttributes;
import static com.hp.jipp.encoding.Tag.printerAttributes;

import com.hp.jipp.cups.Cups;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.JobState;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.exhibitkiosk.config.KioskConfig;

/**
 * A CUPS queue (the configured one, or CUPS's default), spoken to over IPP with jipp: the state
 * from Get-Printer-Attributes (printer-state, printer-is-accepting-jobs, printer-state-reasons),
 * the job as the PDF itself with Print-Job, its outcome from Get-Job-Attributes by the job-id CUPS
 * gave, and Cancel-Job when it does not finish in time. Needs no CUPS client tools.
 * Blocking; never on the EDT. Thread-safe.
 */
public final class CupsPrinter implements Printer {

    private static final Duration POLL = Duration.ofMillis(150);
    /** How often a job that has not finished yet looks at its printer's state. */
    private static final Duration LOOK_AT_PRINTER = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(4);
    /**
     * Print-Job carries the whole PDF: CUPS may take longer to read it than to answer a question.
     * With the state asked first, it stays inside the 15 s the print desk allows beyond a job's timeout.
     */
    private static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(10);
    private static final String PDF = "application/pdf";

    private final String queue;
    private final CupsServer cups;
    private final CupsServer submit;
    private final AtomicInteger requestIds = new AtomicInteger(1);

    /**
     * @param queue  the CUPS queue; empty for CUPS's default printer
     * @param cups   how to ask CUPS (short timeouts)
     * @param submit how to hand CUPS a job (a longer read timeout)
     */
    CupsPrinter(String queue, CupsServer cups, CupsServer submit) {
        this.queue = queue == null ? "" : queue.strip();
        this.cups = cups;
        this.submit = submit;
    }

    /** The queue on the local CUPS server (as the CUPS tools find it). */
    public static CupsPrinter local(String queue) {
        return new CupsPrinter(queue, CupsServer.local(REQUEST_TIMEOUT), CupsServer.local(SUBMIT_TIMEOUT));
    }

    /** The queue on the CUPS server at {@code server} ("host" or "host:port"). */
    public static CupsPrinter at(String server, String queue) {
        return new CupsPrinter(queue, CupsServer.of(server, REQUEST_TIMEOUT), CupsServer.of(server, SUBMIT_TIMEOUT));
    }

    @Override
    public QueueState state() {
        assertNotEdt();
        String name = queue;
        try {
            if (name.isEmpty()) {
                name = defaultQueue();
                if (name == null) {
                    return new QueueState("", QueueState.Condition.NO_DEFAULT, "");
                }
            }
            URI uri = cups.printerUri(name);
            IppPacket answer = cups.send(uri, IppPacket.getPrinterAttributes(uri, Types.printerState,
                    Types.printerStateReasons, Types.printerStateMessage, Types.printerIsAcceptingJobs)
                    .setRequestId(requestIds.getAndIncrement())
                    .putOperationAttributes(Types.requestingUserName.of(user()))
                    .build(), null);
            return stateOf(name, answer);
        } catch (IOException | RuntimeException e) {
            return unreachable(name, e);
        }
    }

    /** The queue's state from CUPS's answer to Get-Printer-Attributes. */
    static QueueState stateOf(String name, IppPacket answer) {
        if (answer.getCode() == Status.clientErrorNotFound.getCode()) {
            return new QueueState(name, QueueState.Condition.MISSING, "");
        }
        if (!succeeded(answer)) {
            return new QueueState(name, QueueState.Condition.UNKNOWN, "CUPS answered " + statusOf(answer));
        }
        AttributeGroup printer = answer.get(printerAttributes);
        if (printer == null) {
            return new QueueState(name, QueueState.Condition.UNKNOWN, "CUPS's answer describes no printer");
        }
        PrinterState state = printer.getValue(Types.printerState);
        QueueState.Activity activity = state == null ? QueueState.Activity.UNKNOWN
                : state.getCode() == PrinterState.idle.getCode() ? QueueState.Activity.IDLE
                : state.getCode() == PrinterState.processing.getCode() ? QueueState.Activity.PRINTING
                : state.getCode() == PrinterState.stopped.getCode() ? QueueState.Activity.STOPPED
                : QueueState.Activity.UNKNOWN;
        Boolean accepting = printer.getValue(Types.printerIsAcceptingJobs);
        String message = printer.getString(Types.printerStateMessage);
        return QueueState.of(name, activity, accepting == null || accepting,
                printer.getStrings(Types.printerStateReasons), message == null ? "" : message);
    }

    private QueueState unreachable(String name, Exception e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof SocketTimeoutException
                || e instanceof NoRouteToHostException) {
            return new QueueState(name, QueueState.Condition.CUPS_NOT_RUNNING, cups.address() + ": " + oneLine(e));
        }
        return new QueueState(name, QueueState.Condition.UNKNOWN, oneLine(e));
    }

    /** CUPS's default queue (CUPS-Get-Default), or null when it has none. */
    private String defaultQueue() throws IOException {
        IppPacket answer = cups.send(cups.serverUri(), new IppPacket.Builder(Cups.Operation.cupsGetDefault)
                .setRequestId(requestIds.getAndIncrement())
                .putOperationAttributes(Types.attributesCharset.of("utf-8"),
                        Types.attributesNaturalLanguage.of("en"),
                        Types.requestedAttributes.of(Types.printerName.getName()))
                .build(), null);
        if (!succeeded(answer) || answer.get(printerAttributes) == null) {
            return null;
        }
        return answer.get(printerAttributes).getString(Types.printerName);
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
        URI uri = cups.printerUri(name);
        int jobId;
        try {
            IppPacket answer = submit.send(uri, IppPacket.printJob(uri)
                    .setRequestId(requestIds.getAndIncrement())
                    .putOperationAttributes(Types.requestingUserName.of(user()), Types.jobName.of(jobName),
                            Types.documentFormat.of(PDF))
                    .putJobAttributes(Types.copies.of(1), Types.media.of(media(paper)))
                    .build(), pdf);
            Integer id = answer.get(jobAttributes) == null ? null : answer.get(jobAttributes).getValue(Types.jobId);
            if (!succeeded(answer) || id == null) {
                return JobOutcome.failed("", "printer '" + name + "': CUPS did not accept the job: "
                        + statusOf(answer));
            }
            jobId = id;
        } catch (IOException | RuntimeException e) {
            return JobOutcome.failed("", "printer '" + name + "': the job could not be handed to CUPS: "
                    + describe(e));
        }
        return follow(name, jobId, deadline, timeout);
    }

    /** The paper as PWG 5101.1 names it; CUPS maps it onto the queue's own paper sizes. */
    static String media(KioskConfig.Paper paper) {
        return paper == KioskConfig.Paper.LETTER ? "na_letter_8.5x11in" : "iso_a4_210x297mm";
    }

    /** Waits for CUPS to report the job finished, until the deadline; cancels it when time runs out. */
    private JobOutcome follow(String name, int jobId, long deadline, Duration timeout) {
        String job = name + "-" + jobId;
        URI uri = cups.printerUri(name);
        String reasons = "";
        int failedAsks = 0;
        long nextLook = System.nanoTime() + LOOK_AT_PRINTER.toNanos();
        try {
            while (true) {
                try {
                    IppPacket answer = cups.send(uri, IppPacket.getJobAttributes(uri, jobId, Types.jobState,
                                    Types.jobStateReasons, Cups.Types.jobPrinterStateMessage)
                            .setRequestId(requestIds.getAndIncrement())
                            .putOperationAttributes(Types.requestingUserName.of(user()))
                            .build(), null);
                    AttributeGroup attributes = answer.get(jobAttributes);
                    if (!succeeded(answer) || attributes == null) {
                        return JobOutcome.failed(job, "printer '" + name + "': CUPS no longer knows job " + job
                                + ": " + statusOf(answer));
                    }
                    failedAsks = 0;
                    JobState state = attributes.getValue(Types.jobState);
                    reasons = String.join(",", attributes.getStrings(Types.jobStateReasons));
                    String said = attributes.getString(Cups.Types.jobPrinterStateMessage);
                    if (said != null && !said.isBlank()) {
                        reasons = reasons.isEmpty() ? said.strip() : reasons + ": " + said.strip();
                    }
                    int code = state == null ? 0 : state.getCode();
                    if (code == JobState.completed.getCode()) {
                        return JobOutcome.printed(job);
                    }
                    if (code == JobState.canceled.getCode()) {
                        return JobOutcome.failed(job, "printer '" + name + "': job " + job + " was cancelled"
                                + inBrackets(reasons));
                    }
                    if (code == JobState.aborted.getCode()) {
                        return JobOutcome.failed(job, "printer '" + name + "': job " + job + " was aborted"
                                + inBrackets(reasons));
                    }
                } catch (IOException e) {
                    // One lost answer is not a lost job; three in a row are.
                    if (++failedAsks >= 3) {
                        cancel(uri, jobId);
                        return JobOutcome.failed(job, "printer '" + name + "': lost touch with CUPS while job "
                                + job + " printed: " + describe(e));
                    }
                }
                if (System.nanoTime() > nextLook) {
                    // A job waiting on a printer that cannot print (out of paper, jammed, stopped)
                    // would come out later for no one: the visitor is told now, and the job cancelled.
                    nextLook = System.nanoTime() + LOOK_AT_PRINTER.toNanos();
                    QueueState now = state();
                    if (blocksAcceptedJobs(now.condition())) {
                        boolean cancelled = cancel(uri, jobId);
                        return JobOutcome.failed(job, now.message() + "; job " + job + " did not print"
                                + (cancelled ? " and was cancelled" : " and could not be cancelled, cancel it in CUPS"));
                    }
                }
                if (System.nanoTime() > deadline) {
                    boolean cancelled = cancel(uri, jobId);
                    QueueState now = state();
                    return JobOutcome.failed(job, "printer '" + name + "': job " + job + " did not finish within "
                            + timeout.toSeconds() + " s" + inBrackets(reasons)
                            + (cancelled ? "; cancelled" : "; it could not be cancelled, cancel it in CUPS")
                            + (now.ready() ? "" : "; " + now.message()));
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel(uri, jobId);
            return JobOutcome.failed(job, "printer '" + name + "': interrupted while job " + job + " printed");
        }
    }

    /** Whether a queue in this condition stops a job it has already taken (rejecting stops only new ones). */
    private static boolean blocksAcceptedJobs(QueueState.Condition condition) {
        return switch (condition) {
            case STOPPED, OUT_OF_PAPER, PAPER_JAM, OUT_OF_TONER, COVER_OPEN, OFFLINE, PRINTER_ERROR, MISSING -> true;
            default -> false;
        };
    }

    /** Cancel-Job; whether CUPS cancelled it (or it had already ended). */
    boolean cancel(URI uri, int jobId) {
        try {
            IppPacket answer = cups.send(uri, IppPacket.cancelJob(uri, jobId)
                    .setRequestId(requestIds.getAndIncrement())
                    .putOperationAttributes(Types.requestingUserName.of(user()))
                    .build(), null);
            return succeeded(answer) || answer.getCode() == Status.clientErrorNotPossible.getCode();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The job's name as CUPS keeps it (for tests: cups-pdf names its file after it), or null. */
    String jobName(String name, int jobId) throws IOException {
        URI uri = cups.printerUri(name);
        IppPacket answer = cups.send(uri, IppPacket.getJobAttributes(uri, jobId, Types.jobName)
                .setRequestId(requestIds.getAndIncrement())
                .putOperationAttributes(Types.requestingUserName.of(user()))
                .build(), null);
        AttributeGroup attributes = answer.get(jobAttributes);
        return succeeded(answer) && attributes != null ? attributes.getString(Types.jobName) : null;
    }

    private static boolean succeeded(IppPacket answer) {
        return answer.getCode() < 0x0100;
    }

    /** "client-error-not-found (0x406): No such printer". */
    private static String statusOf(IppPacket answer) {
        AttributeGroup operation = answer.get(operationAttributes);
        String message = operation == null ? null : operation.getString(Types.statusMessage);
        return answer.getStatus().getName() + " (0x" + Integer.toHexString(answer.getCode()) + ")"
                + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private String describe(Exception e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return "CUPS is not running or cannot be reached at " + cups.address() + " (" + oneLine(e) + ")";
        }
        return oneLine(e);
    }

    private static String inBrackets(String text) {
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    private static String user() {
        return System.getProperty("user.name", "kiosk");
    }

    /**
     * Printer work never runs on the event dispatch thread. Asked by the thread's name, because
     * asking AWT would start its toolkit, which the command line on a machine with no display
     * must not do.
     */
    static void assertNotEdt() {
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
