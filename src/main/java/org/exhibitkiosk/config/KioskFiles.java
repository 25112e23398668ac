package org.exhibitkiosk.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.content.ContentLoader;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.LoadResult;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.StrictMapper;

/**
 * Reads the config folder and then the content folder against the config's languages: what
 * {@code validate} checks, what the kiosk reads at start and on every reload.
 * File I/O: never on the EDT. Thread-safe.
 */
public final class KioskFiles {

    private final ConfigLoader configLoader;
    private final ContentLoader contentLoader;

    public KioskFiles(StrictMapper mapper) {
        configLoader = new ConfigLoader(mapper);
        contentLoader = new ContentLoader(mapper);
    }

    /**
     * Everything read, and every problem of both folders.
     *
     * @param config   the config outcome
     * @param content  the content outcome
     */
    public record Outcome(LoadedConfig config, LoadResult content) {

        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>(config.problems());
            all.addAll(content.problems());
            return all;
        }

        public boolean isClean() {
            return config.problems().isEmpty() && content.problems().isEmpty();
        }

        public Optional<Exhibit> exhibit() {
            return content.exhibit();
        }

        /** Files read: the config file, the PIN file and every content file. */
        public int filesChecked() {
            return content.filesChecked() + (config.config().isPresent() ? 2 : 1);
        }
    }

    public Outcome load(Path contentFolder, Path configFolder) {
        LoadedConfig config = configLoader.load(configFolder, contentFolder);
        List<String> languages = config.config().map(KioskConfig::languageCodes)
                .orElse(ConfigLoader.SHIPPED_LANGUAGES);
        LoadResult content = contentLoader.load(contentFolder, languages);
        return new Outcome(config, content);
    }
}
