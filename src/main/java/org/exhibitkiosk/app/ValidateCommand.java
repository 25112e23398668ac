package org.exhibitkiosk.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.StrictMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks content and config, one problem a line as {@code FILE:LINE:COLUMN: message},
 * then a count. Exit 0 clean, 1 problems, 2 usage.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the exhibit content and the kiosk configuration.",
            "Prints each problem as FILE:LINE:COLUMN: message, then a count."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = outcome.problems();
        for (Problem problem : problems) {
            out.println(problem);
        }
        long files = problems.stream().map(Problem::file).distinct().count();
        if (problems.isEmpty()) {
            out.println("No problems: " + outcome.filesChecked() + " files checked.");
        } else {
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + files
                    + (files == 1 ? " file" : " files") + " (" + outcome.filesChecked() + " files checked).");
        }
        out.flush();
        return problems.isEmpty() ? Main.OK : Main.FAILED;
    }
}
