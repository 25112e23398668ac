package org.exhibitkiosk.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.LoadedConfig;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.StatsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]}: the kiosk's anonymous visit
 * statistics for curators, per day in the kiosk's time zone.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Show anonymous visit statistics per day.",
            "Days in the kiosk's time zone: sessions, languages, language switches, panels viewed with",
            "dwell times, prints, idle resets. Default: the last 7 days."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 6 days before --to).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today).")
    String to;

    @Option(names = "--csv", description = "CSV with a header row, one row per day and measure.")
    boolean csv;

    @Override
    public Integer call() {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        LoadedConfig loaded = new ConfigLoader(new StrictMapper()).load(folders.config());
        ZoneId zone = loaded.config().map(KioskConfig::timeZone).orElse(ZoneId.systemDefault());
        LocalDate last = parse(to, LocalDate.now(zone), "--to");
        LocalDate first = parse(from, last.minusDays(6), "--from");
        if (first.isAfter(last)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from is after --to");
        }
        if (first.plusDays(3660).isBefore(last)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "ask for at most ten years at a time");
        }
        StatsReport report = StatsReport.read(folders.state().resolve("stats"), first, last);
        PrintWriter out = spec.commandLine().getOut();
        out.print(csv ? report.csv() : report.text());
        out.flush();
        return Main.OK;
    }

    private LocalDate parse(String text, LocalDate fallback, String option) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " '" + text + "' is not a date; write YYYY-MM-DD");
        }
    }
}
