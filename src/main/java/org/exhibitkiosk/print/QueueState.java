package org.exhibitkiosk.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the print system says of a print queue, asked just now: whether a visitor can print, and
 * if not, why, in words staff can act on. Immutable.
 *
 * @param queue         the queue's name (the default queue's, where none is configured); may be empty
 * @param condition     ready, or the one thing that stops printing (the first that staff must fix)
 * @param activity      what the printer does now: idle, printing, stopped (unknown when it did not say)
 * @param acceptingJobs whether the queue takes new jobs
 * @param reasons       the printer's state reasons as IPP keywords ({@code media-empty-error},
 *                      {@code toner-low-warning}, {@code paused}...); "none" left out
 * @param detail        what the print system said in words, for the log and the staff panel; may be empty
 */
public record QueueState(String queue, Condition condition, Activity activity, boolean acceptingJobs,
                         List<String> reasons, String detail) {

    /** Whether a visitor can print, and if not, why. */
    public enum Condition {
        READY("ready", "ready"),
        MISSING("missing", "the queue does not exist in CUPS"),
        NO_DEFAULT("no-default", "no queue is configured and CUPS has no default printer"),
        STOPPED("stopped", "the queue is stopped"),
        REJECTING("rejecting", "the queue is rejecting jobs"),
        OUT_OF_PAPER("out-of-paper", "the printer is out of paper"),
        PAPER_JAM("paper-jam", "the paper is jammed in the printer"),
        OUT_OF_TONER("out-of-toner", "the printer is out of toner or ink"),
        COVER_OPEN("cover-open", "a door or cover of the printer is open"),
        OFFLINE("offline", "the printer is offline or does not answer"),
        PRINTER_ERROR("printer-error", "the printer reports an error"),
        CUPS_NOT_RUNNING("cups-not-running", "CUPS is not running or cannot be reached"),
        UNKNOWN("unknown", "the printer's state could not be read");

        private final String key;
        private final String words;

        Condition(String key, String words) {
            this.key = key;
            this.words = words;
        }

        /** One word for monitoring: "out-of-paper". */
        public String key() {
            return key;
        }

        /** What it means, for staff and the log. */
        public String words() {
            return words;
        }
    }

    /** What the printer is doing (IPP's printer-state). */
    public enum Activity {
        IDLE("idle"), PRINTING("printing"), STOPPED("stopped"), UNKNOWN("unknown");

        private final String key;

        Activity(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * The state reasons that stop printing, by their IPP keyword without its suffix, in the order
     * staff would fix them. A reason stops printing when its suffix is "-error" or absent (RFC
     * 8011, 5.4.12: no suffix means an error); "-warning" is only shown; "-report" is ignored,
     * except "offline-report", which CUPS sets when the printer does not answer.
     */
    private static final List<Blocker> BLOCKERS = List.of(
            new Blocker("media-empty", Condition.OUT_OF_PAPER),
            new Blocker("media-needed", Condition.OUT_OF_PAPER),
            new Blocker("media-jam", Condition.PAPER_JAM),
            new Blocker("toner-empty", Condition.OUT_OF_TONER),
            new Blocker("marker-supply-empty", Condition.OUT_OF_TONER),
            new Blocker("door-open", Condition.COVER_OPEN),
            new Blocker("cover-open", Condition.COVER_OPEN),
            new Blocker("offline", Condition.OFFLINE),
            new Blocker("shutdown", Condition.OFFLINE));

    private record Blocker(String keyword, Condition condition) {
    }

    public QueueState {
        queue = queue == null ? "" : queue;
        activity = activity == null ? Activity.UNKNOWN : activity;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        detail = detail == null ? "" : detail.strip();
    }

    /**
     * A state known only by its condition: the print system could not be asked or has no such
     * queue (or, for a ready one, said no more); it accepts jobs only when ready.
     */
    public QueueState(String queue, Condition condition, String detail) {
        this(queue, condition, Activity.UNKNOWN, condition == Condition.READY, List.of(), detail);
    }

    /**
     * The state of a queue the print system answered for: its printer-state, whether it accepts
     * jobs, its state reasons and message, read as staff need them. The printer's own trouble (out
     * of paper, jammed, offline...) comes before "stopped" and "rejecting", since it is what stops
     * the queue and what staff must fix first.
     */
    public static QueueState of(String queue, Activity activity, boolean acceptingJobs, List<String> reasons,
                                String message) {
        List<String> kept = new ArrayList<>();
        for (String reason : reasons) {
            String r = reason.strip().toLowerCase(Locale.ROOT);
            if (!r.isEmpty() && !r.equals("none")) {
                kept.add(r);
            }
        }
        Condition condition = Condition.READY;
        String blocking = "";
        search:
        for (Blocker blocker : BLOCKERS) {
            for (String reason : kept) {
                if (keyword(reason).equals(blocker.keyword()) && (stops(reason)
                        || reason.equals("offline-report"))) {
                    condition = blocker.condition();
                    blocking = reason;
                    break search;
                }
            }
        }
        if (condition == Condition.READY) {
            for (String reason : kept) {
                if (reason.endsWith("-error")) {
                    condition = Condition.PRINTER_ERROR;
                    blocking = reason;
                    break;
                }
            }
        }
        if (condition == Condition.READY && activity == Activity.STOPPED) {
            condition = Condition.STOPPED;
        }
        if (condition == Condition.READY && !acceptingJobs) {
            condition = Condition.REJECTING;
        }
        String text = message == null ? "" : message.strip();
        String detail = blocking.isEmpty() ? text : text.isEmpty() || text.equalsIgnoreCase(blocking) ? blocking
                : blocking + ": " + text;
        return new QueueState(queue, condition, activity, acceptingJobs, kept, detail);
    }

    /** "media-empty-error" without its suffix: "media-empty". */
    private static String keyword(String reason) {
        for (String suffix : List.of("-error", "-warning", "-report")) {
            if (reason.endsWith(suffix)) {
                return reason.substring(0, reason.length() - suffix.length());
            }
        }
        return reason;
    }

    /** Whether a reason stops printing by its suffix: "-error", or none at all. */
    private static boolean stops(String reason) {
        return !reason.endsWith("-warning") && !reason.endsWith("-report");
    }

    public boolean ready() {
        return condition == Condition.READY;
    }

    /** The reasons that do not stop printing but that staff should see soon ("toner-low-warning"). */
    public List<String> warnings() {
        return reasons.stream().filter(r -> r.endsWith("-warning")).toList();
    }

    /**
     * One line for staff and the log: "printer 'kiosk': the printer is out of paper
     * (media-empty-error: Tray 1 is empty)"; warnings follow a ready state: "printer 'kiosk': ready
     * (warning: toner-low-warning)".
     */
    public String message() {
        String name = queue.isEmpty() ? "printer" : "printer '" + queue + "'";
        List<String> notes = new ArrayList<>();
        if (!detail.isEmpty() && !ready()) {
            notes.add(detail);
        }
        List<String> warnings = warnings();
        if (!warnings.isEmpty()) {
            notes.add((warnings.size() == 1 ? "warning: " : "warnings: ") + String.join(", ", warnings));
        }
        return name + ": " + condition.words() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
    }
}
