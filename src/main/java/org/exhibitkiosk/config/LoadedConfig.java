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
 */
public record LoadedConfig(Optional<KioskConfig> config, Optional<PinHash> pin, Path folder,
                           List<Problem> problems) {

    public LoadedConfig {
        problems = List.copyOf(problems);
    }
}
