package org.exhibitkiosk.app;

import java.awt.Dimension;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.print.Printers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The one program: the kiosk itself, and the subcommands curators and technicians run.
 * Exit codes everywhere: 0 done, 1 the work failed (and said why), 2 a usage error.
 */
@Command(name = "kiosk",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        exitCodeOnInvalidInput = Main.USAGE,
        exitCodeOnExecutionException = Main.FAILED,
        description = {
            "Museum exhibit kiosk.",
            "With no subcommand, starts the kiosk, fullscreen and locked, showing",
            "./exhibit-content with ./kiosk-config. Outside the opening hours in kiosk.yaml",
            "it shows its closed screen. Staff leave kiosk mode from the staff panel: five",
            "taps in the top right-hand corner, then the PIN."},
        subcommands = {ValidateCommand.class, SetPinCommand.class, StatsCommand.class, SoakCommand.class,
            SummaryCommand.class, PrintCommand.class, BenchCommand.class, ContentHashCommand.class,
            SchemaCommand.class, NewExhibitCommand.class, TranslationsCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** Staff left kiosk mode from the staff panel: the service must not start the kiosk again. */
    public static final int LEFT_KIOSK_MODE = 10;

    /** What ends the JVM when the kiosk asks to. */
    private final Kiosk.Exit exit;

    /** The kiosk this command started; null for every subcommand (soak and bench own theirs). */
    private Kiosk kiosk;

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Option(names = "--windowed", description = "Run in a window, for curators' preview and development.")
    boolean windowed;

    @Option(names = "--window-size", paramLabel = "WxH", converter = WindowSize.class,
            description = "With --windowed: the window's size, to preview other screens (e.g. 1080x1920).")
    Dimension windowSize;

    @Option(names = "--open", paramLabel = "PLACE",
            description = "Preview: a window on PLACE (SECTION/PANEL-ID, SECTION, map/YYYY-MM-DD, map, key-facts,"
                    + " perspectives, credits, home, welcome) that stays there and shows each save of the files.")
    String open;

    @Option(names = "--lang", paramLabel = "L",
            description = "With --open: the language to show (default: the config's first).")
    String language;

    @Option(names = "--smoke", description = "Start, paint the first screen, print 'first-frame-ms N' and exit.")
    boolean smoke;

    @Option(names = "--idle-seconds", paramLabel = "N",
            description = "Override the idle time before \"Still there?\" (seconds).")
    Integer idleSeconds;

    private Main(Kiosk.Exit exit) {
        this.exit = exit;
    }

    public static void main(String[] args) {
        Main[] started = new Main[1];
        // The kiosk asks to end (staff left kiosk mode, a frozen event thread, the smoke run's end):
        // it is closed first, so the visit statistics and the logs are written, then the JVM ends.
        started[0] = new Main(status -> {
            Kiosk kiosk = started[0].kiosk;
            if (kiosk != null) {
                kiosk.close();
            }
            System.exit(status);
        });
        Main main = started[0];
        int code = commandLine(main).execute(args);
        if (main.kiosk != null) {
            // SIGTERM from the service manager, or the session ending: the same close, once.
            Kiosk kiosk = main.kiosk;
            Runtime.getRuntime().addShutdownHook(new Thread(kiosk::close, "kiosk-shutdown"));
        }
        // Only the kiosk mode itself leaves the JVM to its window; every subcommand (soak and
        // bench run a kiosk of their own) ends the JVM with its exit code.
        if (code != OK || main.kiosk == null) {
            System.exit(code);
        }
    }

    /**
     * The command line with its exit-code rules, for tests: a kiosk it starts that asks to end the
     * JVM is closed instead.
     */
    public static CommandLine commandLine() {
        Main[] main = new Main[1];
        main[0] = new Main(status -> {
            if (main[0].kiosk != null) {
                main[0].kiosk.close();
            }
        });
        return commandLine(main[0]);
    }

    private static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("kiosk: " + oneLine(exception));
            err.flush();
            return FAILED;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        if (idleSeconds != null && (idleSeconds < 1 || idleSeconds > 86_400)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--idle-seconds must be between 1 and 86400");
        }
        Kiosk.Preview preview = null;
        if (open != null) {
            preview = preview();
            if (preview == null) {
                return USAGE;
            }
        } else if (language != null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--lang goes with --open PLACE");
        }
        Kiosk.Options options = new Kiosk.Options(folders.content(), folders.config(), windowed || open != null, smoke,
                idleSeconds, windowSize, folders.state(), preview);
        try {
            kiosk = Kiosk.start(options, Clock.systemUTC(), exit, Printers::forQueue);
            return OK;
        } catch (Kiosk.CannotStart e) {
            System.err.println("kiosk: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * The preview {@code --open} asks for, checked against the files as they are now: an unknown
     * place or language is a usage error that lists the valid ones (null: said so). Files with problems are left
     * to the kiosk, which shows the last good copy and says why.
     */
    private Kiosk.Preview preview() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        PreviewPlace place = new PreviewPlace(open);
        if (outcome.exhibit().isPresent() && outcome.config().config().isPresent()) {
            Exhibit exhibit = outcome.exhibit().get();
            List<String> languages = outcome.config().config().get().languageCodes();
            if (place.in(exhibit).isEmpty()) {
                System.err.println("kiosk: " + place.notFound(exhibit));
                return null;
            }
            if (language != null && !languages.contains(language)) {
                System.err.println("kiosk: --lang " + language + ": not a language of the config; it has "
                        + String.join(", ", languages));
                return null;
            }
        }
        return new Kiosk.Preview(place, language);
    }

    static String oneLine(Throwable exception) {
        return Failures.oneLine(exception);
    }

    /** Reads "1280x800". */
    static final class WindowSize implements CommandLine.ITypeConverter<Dimension> {
        @Override
        public Dimension convert(String value) {
            String[] parts = value.toLowerCase(Locale.ROOT).split("x");
            try {
                int width = Integer.parseInt(parts[0].trim());
                int height = Integer.parseInt(parts[1].trim());
                if (parts.length == 2 && width >= 320 && height >= 240 && width <= 8192 && height <= 8192) {
                    return new Dimension(width, height);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a window size such as 1280x800");
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kiosk " + (version == null ? "(development build)" : version)};
        }
    }
}
