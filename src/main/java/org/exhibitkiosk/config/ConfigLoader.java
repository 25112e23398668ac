package org.exhibitkiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.files.Location;
import org.exhibitkiosk.files.Node;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ReadContext;
import org.exhibitkiosk.files.References;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.files.TreeReader;

/**
 * Reads {@code kiosk-config/}: {@code kiosk.yaml} through the same strict path as content, and the
 * staff PIN's file. File I/O: never on the EDT. Thread-safe.
 */
public final class ConfigLoader {

    public static final String CONFIG_FILE = "kiosk.yaml";

    /** The languages the shipped exhibit is written in, used to check content when config is broken. */
    public static final List<String> SHIPPED_LANGUAGES = List.of("en", "az", "hy");

    private final StrictMapper mapper;

    public ConfigLoader(StrictMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads the config folder on its own (set-pin, stats): the log folder is checked against it alone. */
    public LoadedConfig load(Path folder) {
        return load(folder, null);
    }

    /**
     * Reads the config folder of a kiosk that shows {@code contentFolder} (null for none): the log
     * folder must lie outside both, since the kiosk reads its files again whenever anything in
     * them changes, and every line it logs would be such a change.
     */
    public LoadedConfig load(Path folder, Path contentFolder) {
        Problems problems = new Problems();
        Path shownFolder = ShownPath.of(folder);
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.ofWholeFile(shownFolder, "config folder does not exist"));
            return new LoadedConfig(Optional.empty(), Optional.empty(), folder, problems.sorted());
        }
        Path file = shownFolder.resolve(CONFIG_FILE);
        // The museum's name must be given in every configured language, so read those first.
        List<String> languages = languagesIn(file);
        ReadContext context = new ReadContext(languages, codePoint -> true, null, new References());
        Optional<KioskConfig> config = mapper.read(file, KioskConfig.class, context, problems);
        Optional<PinHash> pin = Optional.empty();
        Optional<BearerToken> token = Optional.empty();
        if (config.isPresent()) {
            pin = PinStore.read(shownFolder.resolve(config.get().staff().pinFile()), problems);
            checkLogFolder(file, folder, contentFolder, config.get().logs().folder(), problems);
            token = healthToken(file, shownFolder, config.get().health(), problems);
        }
        return new LoadedConfig(config, pin, folder, problems.sorted(), token);
    }

    /**
     * The health endpoint's token; a problem when the file named is missing or damaged, or when the
     * endpoint would listen beyond this computer with no token.
     */
    private static Optional<BearerToken> healthToken(Path file, Path folder, KioskConfig.Health health,
                                                     Problems problems) {
        if (health.tokenFile() != null) {
            Path tokenFile = folder.resolve(health.tokenFile());
            if (!Files.isRegularFile(tokenFile)) {
                problems.add(file, locationOf(file, "health", "tokenFile"), "tokenFile '" + health.tokenFile()
                        + "' does not exist in the config folder; write a token into it (openssl rand -hex 32 > "
                        + health.tokenFile() + ")");
                return Optional.empty();
            }
            return BearerToken.read(tokenFile, problems);
        }
        if (health.httpPort() > 0 && !health.bind().isLoopback()) {
            problems.add(file, locationOf(file, "health", "bind"), "bind '" + health.bind().text()
                    + "' lets other computers reach the health endpoint, so it needs a token: set tokenFile to a"
                    + " file in this folder that holds one, or bind to 127.0.0.1; the endpoint does not start");
        }
        return Optional.empty();
    }

    private static void checkLogFolder(Path file, Path folder, Path contentFolder, String logs, Problems problems) {
        Path logFolder = canonical(folder.resolve(logs));
        String inside = logFolder.startsWith(canonical(folder)) ? "the config folder"
                : contentFolder != null && logFolder.startsWith(canonical(contentFolder)) ? "the content folder" : null;
        if (inside != null) {
            problems.add(file, locationOf(file, "logs", "folder"), "folder '" + logs + "' lies inside " + inside
                    + ", which the kiosk watches for changes: every line it logs would make it read its files"
                    + " again; put the logs outside the content and config folders (../logs, or"
                    + " /var/log/exhibit-kiosk on an installed kiosk)");
        }
    }

    /** The absolute path, with links resolved as far as the folders exist. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Where the value at {@code keys} stands in the file; the start when it cannot be found. */
    private static Location locationOf(Path file, String... keys) {
        Node node = new TreeReader().readFile(file, new Problems()).orElse(null);
        for (String key : keys) {
            if (!(node instanceof Node.Mapping mapping) || mapping.entries().get(key) == null) {
                return Location.START;
            }
            node = mapping.entries().get(key).value();
        }
        return node == null ? Location.START : node.location();
    }

    private static List<String> languagesIn(Path file) {
        Problems ignored = new Problems();
        Optional<Node> tree = new TreeReader().readFile(file, ignored);
        List<String> codes = new ArrayList<>();
        if (tree.isPresent() && tree.get() instanceof Node.Mapping root
                && root.entries().get("languages") != null
                && root.entries().get("languages").value() instanceof Node.Sequence list) {
            for (Node item : list.items()) {
                if (item instanceof Node.Mapping language && language.entries().get("code") != null
                        && language.entries().get("code").value() instanceof Node.Scalar code) {
                    codes.add(code.text());
                }
            }
        }
        return codes.isEmpty() ? SHIPPED_LANGUAGES : codes;
    }
}
