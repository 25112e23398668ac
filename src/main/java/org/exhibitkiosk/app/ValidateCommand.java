package org.exhibitkiosk.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.config.NoticeFile;
import org.exhibitkiosk.content.EditorialReview;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.StrictMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks content and config, one problem a line as {@code FILE:LINE:COLUMN: message},
 * then the editor's warnings on clean content as {@code FILE:LINE:COLUMN: warning: message}, then a
 * count. Exit 0 clean (warnings allowed unless {@code --strict}), 1 problems, 2 usage.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the exhibit content and the kiosk configuration.",
            "Prints each problem as FILE:LINE:COLUMN: message, then each editorial warning",
            "(panel length, figures between languages, the glossary's forms, quotation marks)",
            "as FILE:LINE:COLUMN: warning: message, then a count."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
    boolean strict;

    @Override
    public Integer call() {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>(outcome.problems());
        // notice.yaml, when there is one, is checked against the config as the kiosk reads it.
        outcome.config().config().ifPresent(config -> {
            Problems notice = new Problems();
            NoticeFile.read(folders.config(), config, Instant.now(), new StrictMapper(), notice);
            problems.addAll(notice.sorted());
        });
        for (Problem problem : problems) {
            out.println(problem);
        }
        List<Problem> warnings = outcome.exhibit().map(exhibit -> new EditorialReview().review(folders.content(),
                exhibit, outcome.config().config().map(KioskConfig::languageCodes)
                        .orElse(ConfigLoader.SHIPPED_LANGUAGES))).orElse(List.of());
        for (Problem warning : warnings) {
            out.println(warning);
        }
        long files = problems.stream().map(Problem::file).distinct().count();
        String checked = outcome.filesChecked() + " files checked";
        if (problems.isEmpty() && warnings.isEmpty()) {
            out.println("No problems: " + checked + ".");
        } else if (problems.isEmpty()) {
            out.println("No problems, " + count(warnings.size(), "warning") + " (" + checked + ")"
                    + (strict ? "; --strict fails on warnings." : "."));
        } else {
            out.println(count(problems.size(), "problem") + " in " + count((int) files, "file") + " (" + checked + ").");
        }
        out.flush();
        if (!problems.isEmpty() || strict && !warnings.isEmpty()) {
            return Main.FAILED;
        }
        return Main.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
