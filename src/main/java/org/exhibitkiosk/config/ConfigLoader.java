package org.exhibitkiosk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public LoadedConfig load(Path folder) {
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
        if (config.isPresent()) {
            pin = PinStore.read(shownFolder.resolve(config.get().staff().pinFile()), problems);
        }
        return new LoadedConfig(config, pin, folder, problems.sorted());
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
