package org.exhibitkiosk.print;

/**
 * How one print job ended. Immutable.
 *
 * @param printed whether CUPS reports the job completed
 * @param job     the CUPS job ("kiosk-12"), where it got that far; may be empty
 * @param message one line for staff and the log
 */
public record JobOutcome(boolean printed, String job, String message) {

    public JobOutcome {
        job = job == null ? "" : job;
    }

    public static JobOutcome printed(String job) {
        return new JobOutcome(true, job, "printed (job " + job + ")");
    }

    public static JobOutcome failed(String job, String message) {
        return new JobOutcome(false, job, message);
    }
}
