package org.exhibitkiosk.app;

import java.util.ArrayList;
import java.util.List;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import picocli.CommandLine;

/**
 * What the {@code summary} and {@code print} subcommands share: reading content and config, and
 * checking the languages asked for. Problems end the command with exit 1 and one line.
 */
final class PrintSetup {

    final Exhibit exhibit;
    final KioskConfig config;

    private PrintSetup(Exhibit exhibit, KioskConfig config) {
        this.exhibit = exhibit;
        this.config = config;
    }

    static PrintSetup load(FolderOptions folders) {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        if (!outcome.isClean() || outcome.exhibit().isEmpty() || outcome.config().config().isEmpty()) {
            int count = outcome.problems().size();
            String first = count == 0 ? "" : ": " + outcome.problems().get(0);
            throw new IllegalStateException("content or config has " + count + (count == 1 ? " problem" : " problems")
                    + first + " (run 'kiosk validate' for all)");
        }
        return new PrintSetup(outcome.exhibit().get(), outcome.config().config().get());
    }

    /** "en" or "en,hy" as a list, each a language the kiosk is configured for; else a usage error. */
    List<String> languages(String list, CommandLine commandLine) {
        List<String> languages = new ArrayList<>();
        for (String part : list.split(",")) {
            String language = part.strip();
            if (!config.languageCodes().contains(language)) {
                throw new CommandLine.ParameterException(commandLine, "--lang: '" + language
                        + "' is not one of the kiosk's languages (" + String.join(", ", config.languageCodes()) + ")");
            }
            if (languages.contains(language)) {
                throw new CommandLine.ParameterException(commandLine, "--lang: '" + language + "' is listed twice");
            }
            languages.add(language);
        }
        return languages;
    }
}
