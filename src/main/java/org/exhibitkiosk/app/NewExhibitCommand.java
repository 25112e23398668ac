package org.exhibitkiosk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.tools.NewExhibit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code new-exhibit DIR --languages en,fr}: writes a small, valid exhibit to start from, with
 * comments that teach the format, in DIR/exhibit-content beside a config in DIR/kiosk-config.
 * The fonts and interface texts come from {@code --content}. Exit 0 written, 1 failed, 2 usage.
 */
@Command(name = "new-exhibit", mixinStandardHelpOptions = true,
        description = {"Write a small, valid exhibit to start a new one from.",
            "DIR/exhibit-content holds one file of each kind, with comments that teach the format,",
            "every text in each language; DIR/kiosk-config a config for those languages (staff PIN 1919).",
            "The fonts and the interface texts are copied from --content."})
final class NewExhibitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A new or empty folder.")
    Path folder;

    @Option(names = "--languages", required = true, paramLabel = "LANG,LANG...",
            description = "The exhibit's languages in the welcome screen's order, e.g. en,fr.")
    String languages;

    @Override
    public Integer call() throws IOException {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        List<String> codes = Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty() || codes.size() != codes.stream().distinct().count()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--languages: give each language once,"
                    + " as codes separated by commas (en,fr)");
        }
        KioskFiles.Outcome from = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        PrintWriter err = spec.commandLine().getErr();
        if (from.exhibit().isEmpty()) {
            err.println("kiosk: new-exhibit copies the fonts and interface texts of " + folders.content()
                    + ", which has problems; run validate on it, or give --content and --config another exhibit");
            err.flush();
            return Main.FAILED;
        }
        Exhibit exhibit = from.exhibit().get();
        NewExhibit.Written written;
        try {
            written = new NewExhibit(codes, folders.content().resolve("fonts"), exhibit.ui()).write(folder);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--languages: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote a new exhibit in " + written.content() + " and its config in " + written.config() + ".");
        out.println("Next: cd " + folder + " && java -jar kiosk.jar validate, then java -jar kiosk.jar --windowed"
                + " --open first/welcome; exhibit-content/README.md explains every file.");
        out.flush();
        return Main.OK;
    }
}
