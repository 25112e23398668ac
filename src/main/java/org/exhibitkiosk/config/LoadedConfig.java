package org.exhibitkiosk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.files.Problem;

/**
 * The outcome of reading the config folder. Immutable.
 *
 * @param config   present when {@code kiosk.yaml} is clean
 * @param pin      the staff PIN's hash, when set
 * @param folder   the config folder
 * @param problems every problem, in reading order
 * @param healthToken the health endpoint's bearer token, when {@code health.tokenFile} names one
 */
public record LoadedConfig(Optional<KioskConfig> config, Optional<PinHash> pin, Path folder,
                           List<Problem> problems, Optional<BearerToken> healthToken) {

    public LoadedConfig {
        problems = List.copyOf(problems);
    }

    /** Without a health token. */
    public LoadedConfig(Optional<KioskConfig> config, Optional<PinHash> pin, Path folder, List<Problem> problems) {
        this(config, pin, folder, problems, Optional.empty());
    }
}
