package org.exhibitkiosk.app;

import java.time.LocalDate;
import java.util.ArrayList;
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
        public String versions() {
            String version = Kiosk.class.getPackage().getImplementationVersion();
            return "Kiosk " + (version == null ? "(development build)" : version) + "\n"
                    + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                    + "Content folder " + options.content().toAbsolutePath().normalize() + "\n"
                    + "Config folder " + options.config().toAbsolutePath().normalize();
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
    public CompletableFuture<StaffPanelScreen.Visits> visits() {
        return CompletableFuture.supplyAsync(() -> {
            LocalDate today = LocalDate.now(printing.clock().withZone(printing.config().timeZone()));
            return chartsOf(StatsReport.read(options.state().resolve("stats"), today.minusDays(CHART_DAYS - 1),
                    today));
        }, Threads.ON_LOADER);
    }

    /** Sessions per day, and the languages chosen over all the days, as bars. */
    static StaffPanelScreen.Visits chartsOf(StatsReport report) {
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
                .map(e -> new BarChart.Bar(e.getKey(), e.getValue())).toList());
    }

    @Override
    public CompletableFuture<String> printerState() {
        return printing.checkQueue().thenApply(QueueState::message);
    }

    @Override
    public List<KioskConfig.Language> handoutLanguages() {
        return printing.config().languages();
    }

    @Override
    public CompletableFuture<String> printHandouts(String language, int copies, Consumer<String> progress) {
        Exhibit exhibit = controller.visitor().exhibit();
        return printing.checkQueue().thenCompose(state -> state.ready()
                ? printing.printHandouts(exhibit, List.of(language), copies,
                        copy -> progress.accept(copy.line())).thenApply(HandoutBatch.Report::summary)
                : CompletableFuture.completedFuture(state.message() + "; nothing printed"));
    }
}
