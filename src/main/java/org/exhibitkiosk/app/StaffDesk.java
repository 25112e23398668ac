package org.exhibitkiosk.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.PinLockout;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.ops.StatsReport;
import org.exhibitkiosk.print.HandoutBatch;
import org.exhibitkiosk.print.QueueState;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.shell.KioskController;
import org.exhibitkiosk.ui.BarChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the staff panel can do to the running kiosk: read the files again, show what was read,
 * leave kiosk mode, clean the screen, log out, read the visit statistics, ask the printer's state
 * and print handouts. File and printer work runs off the EDT; the rest on it.
 */
final class StaffDesk implements StaffPanelScreen.Actions {

    private static final Logger LOG = LoggerFactory.getLogger(StaffDesk.class);
    /** The staff panel charts this many days of visits, today included. */
    private static final int CHART_DAYS = 14;

    private final Kiosk kiosk;
    private final KioskController controller;
    private final Kiosk.Options options;
    private final Kiosk.Exit exit;
    private final SummaryPrinting printing;

    StaffDesk(Kiosk kiosk, KioskController controller, Kiosk.Options options, Kiosk.Exit exit,
              SummaryPrinting printing) {
        this.kiosk = kiosk;
        this.controller = controller;
        this.options = options;
        this.exit = exit;
        this.printing = printing;
    }

    /** What the controller needs from the application: the staff desk, versions, the print desk. */
    record Services(Kiosk kiosk, Kiosk.Options options, Kiosk.Exit exit, SummaryPrinting printing,
                    PinLockout pinAttempts) implements KioskController.Services {

        @Override
        public StaffPanelScreen.Actions staffActions(KioskController controller) {
            return new StaffDesk(kiosk, controller, options, exit, printing);
        }

        @Override
        public StaffPanelScreen.Versions versions() {
            return new StaffPanelScreen.Versions(Kiosk.class.getPackage().getImplementationVersion(),
                    System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                    options.content().toAbsolutePath().normalize().toString(),
                    options.config().toAbsolutePath().normalize().toString());
        }
    }

    @Override
    public CompletableFuture<StaffPanelScreen.Reload> reload() {
        return kiosk.reload().thenApply(outcome -> new StaffPanelScreen.Reload(outcome.exhibit().orElse(null),
                outcome.problems()));
    }

    @Override
    public void useExhibit(Exhibit exhibit) {
        controller.applyPending();
    }

    @Override
    public void leaveKioskMode() {
        LOG.info("staff left kiosk mode");
        exit.exit(Main.LEFT_KIOSK_MODE);
    }

    @Override
    public void startCleaning() {
        controller.backToVisitors();
        controller.startCleaning();
    }

    @Override
    public void logOut() {
        LOG.info("staff logged out");
        controller.backToVisitors();
    }

    @Override
    public Map<String, String> notices(String language) {
        Map<String, String> notices = new LinkedHashMap<>();
        controller.config().notices().forEach((id, notice) -> notices.put(id,
                notice.text().values().getOrDefault(language, notice.text().values().values().iterator().next())));
        return notices;
    }

    @Override
    public String noticeOn() {
        return controller.staffNotice();
    }

    @Override
    public void switchNotice(String id) {
        LOG.info("staff switched {}", id == null ? "the notice off" : "on the notice '" + id + "'");
        controller.switchNotice(id);
    }

    @Override
    public CompletableFuture<StaffPanelScreen.Visits> visits() {
        return CompletableFuture.supplyAsync(() -> {
            LocalDate today = LocalDate.now(printing.clock().withZone(printing.config().timeZone()));
            return chartsOf(StatsReport.read(options.state().resolve("stats"), today.minusDays(CHART_DAYS - 1),
                    today), printing.config().languages());
        }, Threads.ON_LOADER);
    }

    /** Sessions per day, and the languages chosen over all the days, as bars. */
    static StaffPanelScreen.Visits chartsOf(StatsReport report, List<KioskConfig.Language> names) {
        List<BarChart.Bar> days = new ArrayList<>();
        Map<String, Double> languages = new TreeMap<>();
        report.days().forEach((day, measures) -> {
            days.add(new BarChart.Bar(Integer.toString(day.getDayOfMonth()), measures.getOrDefault("sessions", 0.0)));
            measures.forEach((measure, value) -> {
                if (measure.startsWith("language.")) {
                    languages.merge(measure.substring("language.".length()), value, Double::sum);
                }
            });
        });
        return new StaffPanelScreen.Visits(days, languages.entrySet().stream()
                .map(e -> new BarChart.Bar(nameOf(e.getKey(), names), e.getValue())).toList());
    }

    /** A language's name in its own script, as configured; its code if it is no longer configured. */
    private static String nameOf(String code, List<KioskConfig.Language> names) {
        return names.stream().filter(l -> l.code().equals(code)).map(KioskConfig.Language::name).findFirst()
                .orElse(code);
    }

    @Override
    public CompletableFuture<String> printerState(String language) {
        return printing.checkQueue().thenApply(state -> describe(state, language));
    }

    /** The queue's state for staff, in their language, with what CUPS said on a line of its own. */
    private String describe(QueueState state, String language) {
        Exhibit exhibit = controller.visitor().exhibit();
        UiKey key = switch (state.condition()) {
            case READY -> UiKey.STAFF_PRINTER_READY;
            case MISSING -> UiKey.STAFF_PRINTER_MISSING;
            case NO_DEFAULT -> UiKey.STAFF_PRINTER_NO_DEFAULT;
            case STOPPED -> UiKey.STAFF_PRINTER_STOPPED;
            case REJECTING -> UiKey.STAFF_PRINTER_REJECTING;
            case OUT_OF_PAPER -> UiKey.STAFF_PRINTER_OUT_OF_PAPER;
            case PAPER_JAM, OUT_OF_TONER, COVER_OPEN, OFFLINE, PRINTER_ERROR -> UiKey.STAFF_PRINTER_ATTENTION;
            case CUPS_NOT_RUNNING -> UiKey.STAFF_PRINTER_CUPS_DOWN;
            case UNKNOWN -> UiKey.STAFF_PRINTER_UNKNOWN;
        };
        String queue = state.queue().isEmpty() ? exhibit.text(UiKey.STAFF_PRINTER, language) : state.queue();
        String line = exhibit.format(key, language, queue);
        return state.detail().isEmpty() ? line
                : line + "\n" + exhibit.format(UiKey.STAFF_PRINTER_DETAIL, language, state.detail());
    }

    /** "Copy 3 of 20: printed", in the staff's language; a failure with what CUPS said. */
    private static String copyLine(Exhibit exhibit, HandoutBatch.Copy copy, String language) {
        String outcome = copy.outcome().printed() ? exhibit.text(UiKey.STAFF_HANDOUT_PRINTED, language)
                : exhibit.format(UiKey.STAFF_HANDOUT_FAILED, language, copy.outcome().message());
        return exhibit.format(UiKey.STAFF_HANDOUT_COPY, language, copy.number(), copy.of(), outcome);
    }

    private static String summaryOf(Exhibit exhibit, HandoutBatch.Report report, String language) {
        String done = exhibit.format(UiKey.STAFF_HANDOUTS_DONE, language, report.printed(), report.asked());
        return report.copies().stream().filter(c -> !c.outcome().printed()).findFirst()
                .map(failed -> done + "\n" + copyLine(exhibit, failed, language)).orElse(done);
    }

    @Override
    public List<KioskConfig.Language> handoutLanguages() {
        return printing.config().languages();
    }

    @Override
    public CompletableFuture<String> printHandouts(String language, int copies, Consumer<String> progress,
                                                   String staffLanguage) {
        Exhibit exhibit = controller.visitor().exhibit();
        return printing.checkQueue().thenCompose(state -> state.ready()
                ? printing.printHandouts(exhibit, List.of(language), copies,
                        copy -> progress.accept(copyLine(exhibit, copy, staffLanguage)))
                        .thenApply(report -> summaryOf(exhibit, report, staffLanguage))
                : CompletableFuture.completedFuture(exhibit.format(UiKey.STAFF_HANDOUTS_NOTHING, staffLanguage,
                        describe(state, staffLanguage))));
    }
}
