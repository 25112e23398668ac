package org.exhibitkiosk.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.LoadedConfig;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.config.PinStore;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.StrictMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code set-pin}: reads a new staff PIN without echo (or one line from standard input) and writes
 * only its salted hash to the PIN file named in the config; {@code kiosk.yaml} is never rewritten.
 */
@Command(name = "set-pin", mixinStandardHelpOptions = true,
        description = {"Set the staff PIN (4 to 12 digits).",
            "Reads it from the terminal without echo, or one line from standard input,",
            "and stores only its salted hash in the config folder."})
final class SetPinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedConfig loaded = new ConfigLoader(new StrictMapper()).load(folders.config());
        String pinFile = loaded.config().map(KioskConfig::staff).map(KioskConfig.Staff::pinFile).orElse(null);
        if (pinFile == null) {
            err.println("kiosk: the config has problems; run 'validate' and fix them first, so the PIN goes"
                    + " where the kiosk reads it");
            loaded.problems().forEach(err::println);
            err.flush();
            return Main.FAILED;
        }
        char[] pin = readPin(err);
        if (pin == null) {
            err.println("kiosk: no PIN given; nothing changed");
            err.flush();
            return Main.FAILED;
        }
        try {
            if (!PinHash.isValidPin(pin)) {
                err.println("kiosk: a PIN is 4 to 12 digits; nothing changed");
                err.flush();
                return Main.FAILED;
            }
            Path target = folders.config().resolve(pinFile);
            PinStore.write(target, PinHash.create(pin));
            out.println("Staff PIN set (its hash is in " + ShownPath.of(target) + ").");
            out.flush();
            return Main.OK;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** From the terminal without echo, asked twice; else the first line of standard input. */
    private static char[] readPin(PrintWriter err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("New staff PIN: ");
            char[] second = console.readPassword("Repeat it: ");
            if (first == null || second == null) {
                return null;
            }
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                Arrays.fill(second, '\0');
                err.println("kiosk: the two PINs differ; nothing changed");
                err.flush();
                return null;
            }
            Arrays.fill(second, '\0');
            return first;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null || line.isBlank() ? null : line.strip().toCharArray();
    }
}
