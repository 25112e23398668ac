package org.exhibitkiosk.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --content} and {@code --config}, taken by every mode and subcommand. */
public final class FolderOptions {

    @Option(names = "--content", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Exhibit content folder (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("exhibit-content");

    @Option(names = "--config", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Kiosk configuration folder (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("kiosk-config");

    @Option(names = "--state", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the kiosk keeps its own files: the last good content, statistics, status"
                    + " (default: ${DEFAULT-VALUE}).")
    Path state = Path.of("kiosk-state");

    public Path state() {
        return state;
    }

    public Path content() {
        return content;
    }

    public Path config() {
        return config;
    }
}
