package org.exhibitkiosk.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
            "Museum exhibit kiosk. With no subcommand, starts the kiosk: fullscreen and locked,",
            "showing ./exhibit-content with ./kiosk-config."},
        subcommands = {ValidateCommand.class, SetPinCommand.class, StatsCommand.class, SoakCommand.class,
            SummaryCommand.class, PrintCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** Staff left kiosk mode from the staff panel: the service must not start the kiosk again. */
    public static final int LEFT_KIOSK_MODE = 10;

    /** Whether this JVM runs the kiosk mode (then main leaves the JVM to the kiosk's window). */
    private static volatile boolean kioskModeStarted;

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Option(names = "--windowed", description = "Run in a window, for curators' preview and development.")
    boolean windowed;

    @Option(names = "--window-size", paramLabel = "WxH", converter = WindowSize.class,
            description = "With --windowed: the window's size, to preview other screens (e.g. 1080x1920).")
    java.awt.Dimension windowSize;

    @Option(names = "--smoke", description = "Start, paint the first screen, print 'first-frame-ms N' and exit.")
    boolean smoke;

    @Option(names = "--idle-seconds", paramLabel = "N",
            description = "Override the idle time before \"Still there?\" (seconds).")
    Integer idleSeconds;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        // Only the kiosk mode itself leaves the JVM to its window; every subcommand (soak and
        // bench run a kiosk of their own) ends the JVM with its exit code.
        if (code != OK || !kioskModeStarted) {
            System.exit(code);
        }
    }

    /** The command line with its exit-code rules, for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
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
        KioskLauncher.Options options = new KioskLauncher.Options(folders.content(), folders.config(),
                windowed, smoke, idleSeconds, windowSize, folders.state());
        int code = KioskLauncher.launch(options);
        kioskModeStarted = code == OK;
        return code;
    }

    static String oneLine(Throwable exception) {
        Throwable t = exception;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Reads "1280x800". */
    static final class WindowSize implements CommandLine.ITypeConverter<java.awt.Dimension> {
        @Override
        public java.awt.Dimension convert(String value) {
            String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                int width = Integer.parseInt(parts[0].trim());
                int height = Integer.parseInt(parts[1].trim());
                if (parts.length == 2 && width >= 320 && height >= 240 && width <= 8192 && height <= 8192) {
                    return new java.awt.Dimension(width, height);
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
