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

    public Path content() {
        return content;
    }

    public Path config() {
        return config;
    }
}
