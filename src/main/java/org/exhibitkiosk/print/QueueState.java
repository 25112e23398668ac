package org.exhibitkiosk.print;

/**
 * What CUPS says of a print queue, asked just now. Immutable.
 *
 * @param queue     the queue's name (the default queue's, where none is configured); may be empty
 * @param condition ready, or why not
 * @param detail    what CUPS said, for the log and the staff panel; may be empty
 */
public record QueueState(String queue, Condition condition, String detail) {

    /** Whether a visitor can print, and if not, why. */
    public enum Condition {
        READY("ready"),
        MISSING("the queue does not exist in CUPS"),
        NO_DEFAULT("no queue is configured and CUPS has no default printer"),
        STOPPED("the queue is stopped"),
        REJECTING("the queue is rejecting jobs"),
        OUT_OF_PAPER("the printer is out of paper"),
        CUPS_NOT_RUNNING("CUPS is not running or cannot be reached"),
        UNKNOWN("the printer's state could not be read");

        private final String words;

        Condition(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public QueueState {
        queue = queue == null ? "" : queue;
        detail = detail == null ? "" : detail.strip();
    }

    public boolean ready() {
        return condition == Condition.READY;
    }

    /** One line for staff and the log: "printer 'kiosk': the queue is stopped (Paused)". */
    public String message() {
        String name = queue.isEmpty() ? "printer" : "printer '" + queue + "'";
        return name + ": " + condition.words() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
