package org.exhibitkiosk.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.exhibitkiosk.content.Exhibit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff handouts: the same summary printed as so many separate jobs, each one's outcome reported
 * as it ends. The batch stops at the first failure (a printer that failed once will fail again)
 * and says how many copies were not sent. Blocking; never on the EDT.
 */
public final class HandoutBatch {

    private static final Logger LOG = LoggerFactory.getLogger(HandoutBatch.class);

    private final SummaryPrinting printing;
    private final Printer printer;

    HandoutBatch(SummaryPrinting printing, Printer printer) {
        this.printing = printing;
        this.printer = printer;
    }

    /**
     * One copy's outcome.
     *
     * @param number  counted from 1
     * @param of      copies asked for
     * @param outcome how the job ended
     */
    public record Copy(int number, int of, JobOutcome outcome) {
        /** "copy 3 of 20: printed (job kiosk-41)". */
        public String line() {
            return "copy " + number + " of " + of + ": " + outcome.message();
        }
    }

    /**
     * What a batch did.
     *
     * @param copies the outcome of each copy sent, in order
     * @param asked  how many copies were asked for
     */
    public record Report(List<Copy> copies, int asked) {
        public Report {
            copies = List.copyOf(copies);
        }

        public int printed() {
            return (int) copies.stream().filter(c -> c.outcome().printed()).count();
        }

        public boolean allPrinted() {
            return printed() == asked;
        }

        /** One line: "20 of 20 copies printed" or "3 of 20 copies printed; copy 4 failed: ...". */
        public String summary() {
            if (allPrinted()) {
                return printed() + " of " + asked + " copies printed";
            }
            Copy failed = copies.stream().filter(c -> !c.outcome().printed()).findFirst().orElse(null);
            return printed() + " of " + asked + " copies printed"
                    + (failed == null ? "" : "; copy " + failed.number() + " failed: " + failed.outcome().message());
        }
    }

    Report print(Exhibit exhibit, List<String> languages, int copies, Consumer<Copy> progress) {
        byte[] pdf = printing.build(exhibit, languages);
        List<Copy> done = new ArrayList<>();
        for (int number = 1; number <= copies; number++) {
            JobOutcome outcome = printer.print(pdf, printing.jobName(exhibit, languages, number),
                    printing.config().printing().paper(), printing.timeout());
            Copy copy = new Copy(number, copies, outcome);
            done.add(copy);
            LOG.info("handout {}", copy.line());
            progress.accept(copy);
            if (!outcome.printed()) {
                break;
            }
        }
        return new Report(done, copies);
    }
}
