package org.exhibitkiosk.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exhibitkiosk.content.ContentHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code content-hash DIR}: prints, on one line in hex, the hash a kiosk reports in
 * {@code /status} ({@code contentHash}) and {@code /metrics} for that content folder, so a
 * rollout can check that a kiosk shows what was copied to it. Exit 0, 1 when the folder cannot
 * be read, 2 usage.
 */
@Command(name = "content-hash", mixinStandardHelpOptions = true,
        description = {"Print the content hash of a folder (SHA-256, hex).",
            "A kiosk showing that folder reports the same hash in /status (contentHash) and",
            "/metrics (kiosk_content_info). Editors' and tools' files (hidden files and folders",
            "such as .git, *~, *.swp, *.tmp) are left out."})
final class ContentHashCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", arity = "0..1",
            description = "The content folder (default: --content, ./exhibit-content).")
    Path folder;

    @Override
    public Integer call() {
        Path dir = folder != null ? folder : ((Main) spec.parent().userObject()).folders.content();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("kiosk: content-hash: " + dir + " is not a folder");
            spec.commandLine().getErr().flush();
            return Main.FAILED;
        }
        try {
            String hash = ContentHash.of(dir);
            PrintWriter out = spec.commandLine().getOut();
            out.println(hash);
            out.flush();
            return Main.OK;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("kiosk: content-hash: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.FAILED;
        }
    }
}
