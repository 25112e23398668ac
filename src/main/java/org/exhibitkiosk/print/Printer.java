package org.exhibitkiosk.print;

import java.time.Duration;
import org.exhibitkiosk.config.KioskConfig;

/**
 * A print queue: its state, and printing a PDF as one job whose outcome is waited for. Both calls
 * block (network, processes) and must never run on the event dispatch thread; {@link SummaryPrinting}
 * runs them on the printer thread. Implementations are thread-safe.
 */
public interface Printer {

    /** The queue's state, asked of the print system now. */
    QueueState state();

    /**
     * Prints {@code pdf} on {@code paper} as one job named {@code jobName} and waits until the print system reports
     * it completed, failed, or {@code timeout} passed (then the job is cancelled, so it does not
     * come out an hour later).
     */
    JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout);
}
