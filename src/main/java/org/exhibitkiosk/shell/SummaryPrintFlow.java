package org.exhibitkiosk.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.Timer;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.print.PrintLimits;
import org.exhibitkiosk.print.QueueState;
import org.exhibitkiosk.print.SummaryDocument;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.screens.PrintScreen;
import org.exhibitkiosk.screens.ScreenContext;

/**
 * A visitor taking a summary home: the steps of the print screen, the visitor's prints this
 * session, and whether the printer can print at all (asked of CUPS at start and about every
 * minute, for the home screen's tile). Printing itself runs on the printer thread; this class
 * only starts it and shows the outcome. EDT only.
 */
final class SummaryPrintFlow implements PrintScreen.Actions {

    private static final int RECHECK_MILLIS = 60_000;

    private final SummaryPrinting printing;
    private final KioskConfig config;
    private final Failures failures;
    private final Supplier<Exhibit> exhibit;
    private final Supplier<String> language;
    private final Runnable changed;
    private final Timer recheck;
    private PrintScreen.Step step = PrintScreen.Step.CHOOSE;
    private List<String> chosen = List.of();
    private UiKey message;
    private int printsThisSession;
    private boolean available;
    /** Counts visitors, so an outcome that arrives after a reset is not shown to the next one. */
    private int visitor;
    private Consumer<Boolean> holdSession = on -> { };
    private Consumer<String> printed = language -> { };

    /**
     * @param printing the print desk, or null when this kiosk has no printing
     * @param changed  called when what the print screen or the home tile shows has changed
     */
    SummaryPrintFlow(SummaryPrinting printing, KioskConfig config, Failures failures, Supplier<Exhibit> exhibit,
                     Supplier<String> language, Runnable changed) {
        this.printing = printing;
        this.config = config;
        this.failures = failures;
        this.exhibit = exhibit;
        this.language = language;
        this.changed = changed;
        this.recheck = new Timer(RECHECK_MILLIS, e -> checkQueue());
        if (printing != null) {
            recheck.start();
            checkQueue();
        }
    }

    /**
     * @param holdSession told true when a print starts and false when it ends: a print in
     *                    progress holds the visitor's session
     * @param printed     told the language of each summary that printed (visit statistics)
     */
    void listen(Consumer<Boolean> holdSession, Consumer<String> printed) {
        this.holdSession = holdSession;
        this.printed = printed;
    }

    /** Whether the home tile offers printing: the queue exists, runs and accepts jobs. */
    boolean printerAvailable() {
        return available;
    }

    private void checkQueue() {
        Threads.thenOnEdt(printing.checkQueue(), failures, state -> showAvailable(state.ready()),
                error -> showAvailable(false));
    }

    private void showAvailable(boolean now) {
        if (now != available) {
            available = now;
            changed.run();
        }
    }

    /** The visitor opened the print screen: start at choosing, unless they may not print. */
    void open() {
        Threads.assertEdt();
        chosen = List.of();
        message = null;
        if (printing == null || !available) {
            show(PrintScreen.Step.MESSAGE, UiKey.PRINT_UNAVAILABLE);
            return;
        }
        UiKey refusal = refusal(printing.mayPrint(printsThisSession));
        if (refusal != null) {
            show(PrintScreen.Step.MESSAGE, refusal);
        } else {
            step = PrintScreen.Step.CHOOSE;
        }
    }

    /** A new visitor: forget this one's prints and choices. */
    void newVisitor() {
        visitor++;
        printsThisSession = 0;
        step = PrintScreen.Step.CHOOSE;
        chosen = List.of();
        message = null;
    }

    JComponent screen(ScreenContext ctx) {
        return new PrintScreen(ctx, new PrintScreen.View(step, choices(), chosen, message,
                config.museum().url() == null ? null : config.museum().url().toString()), this);
    }

    /** The editions on offer: each language alone, or English beside each, as configured. */
    private List<List<String>> choices() {
        String first = language.get();
        List<String> languages = new ArrayList<>(config.languageCodes());
        if (first != null && languages.remove(first)) {
            languages.add(0, first);        // the visitor's own language first
        }
        return languages.stream()
                .map(code -> SummaryDocument.editionLanguages(config.printing().edition(), code))
                .distinct().toList();
    }

    @Override
    public void choose(List<String> languages) {
        chosen = List.copyOf(languages);
        step = PrintScreen.Step.CONFIRM;
        changed.run();
    }

    @Override
    public void confirm() {
        Threads.assertEdt();
        UiKey refusal = refusal(printing.mayPrint(printsThisSession));
        if (refusal != null) {
            show(PrintScreen.Step.MESSAGE, refusal);
            changed.run();
            return;
        }
        printsThisSession++;
        step = PrintScreen.Step.PRINTING;
        changed.run();
        int forVisitor = visitor;
        List<String> languages = chosen;
        holdSession.accept(true);
        Threads.thenOnEdt(printing.printForVisitor(exhibit.get(), chosen), failures, outcome -> {
            holdSession.accept(false);
            if (outcome.printed()) {
                printed.accept(String.join(",", languages));
            }
            if (forVisitor != visitor) {
                return;
            }
            if (outcome.printed()) {
                step = PrintScreen.Step.DONE;
            } else {
                show(PrintScreen.Step.MESSAGE, UiKey.PRINT_FAILED);
                checkQueue();
            }
            changed.run();
        }, error -> {
            // Nothing is known to have printed: the session is released and the visitor told.
            holdSession.accept(false);
            if (forVisitor == visitor) {
                show(PrintScreen.Step.MESSAGE, UiKey.PRINT_FAILED);
                changed.run();
            }
        });
    }

    @Override
    public void cancel() {
        step = PrintScreen.Step.CHOOSE;
        chosen = List.of();
        changed.run();
    }

    private void show(PrintScreen.Step newStep, UiKey newMessage) {
        step = newStep;
        message = newMessage;
    }

    private static UiKey refusal(PrintLimits.Verdict verdict) {
        return switch (verdict) {
            case ALLOWED -> null;
            case ALREADY_PRINTED -> UiKey.PRINT_ALREADY_PRINTED;
            case PLEASE_WAIT -> UiKey.PRINT_PLEASE_WAIT;
            case DAILY_LIMIT -> UiKey.PRINT_DAILY_LIMIT;
            case OFF -> UiKey.PRINT_UNAVAILABLE;
        };
    }

    /** The last state CUPS reported, for the log and tests. */
    QueueState lastState() {
        return printing == null ? null : printing.lastState();
    }

    void stop() {
        recheck.stop();
    }
}
