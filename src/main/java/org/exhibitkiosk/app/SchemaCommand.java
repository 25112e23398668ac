package org.exhibitkiosk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.tools.FileKinds;
import org.exhibitkiosk.tools.JsonSchemas;
import org.exhibitkiosk.tools.SchemaFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schema --out DIR}: writes a JSON Schema for every content and config file, made from the
 * records {@code validate} reads them into. {@code schema --link} writes them into the folders'
 * {@code schemas/} and names each file's schema on its first line, for the YAML language server.
 * Exit 0 written, 1 failed, 2 usage.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Write a JSON Schema for every content and config file, for editors.",
            "--out DIR writes them all into DIR. --link writes them into the content and config",
            "folders' schemas/ and puts on each file's first line the comment by which VS Code's",
            "YAML extension (the YAML language server) finds its schema: completion, descriptions",
            "and errors as you type. The texts must be in the config's languages."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", description = "Write every schema into DIR.")
        Path out;

        @Option(names = "--link", description = "Write the schemas into the folders and name them in each file.")
        boolean link;
    }

    @Override
    public Integer call() throws IOException {
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        PrintWriter out = spec.commandLine().getOut();
        SchemaFiles files = new SchemaFiles(new JsonSchemas(languages(folders.config())));
        if (target.out != null) {
            List<Path> written = files.write(target.out, null);
            out.println("wrote " + written.size() + " schemas into " + target.out);
        } else {
            int changed = files.link(folders.content(), FileKinds.Folder.CONTENT).size()
                    + files.link(folders.config(), FileKinds.Folder.CONFIG).size();
            out.println("schemas written into " + folders.content().resolve(FileKinds.SCHEMAS) + " and "
                    + folders.config().resolve(FileKinds.SCHEMAS) + "; " + changed + " files newly linked to theirs");
        }
        out.flush();
        return Main.OK;
    }

    /** The config's languages, code to name; the shipped ones when the config cannot be read. */
    private Map<String, String> languages(Path configFolder) {
        Optional<KioskConfig> config = new ConfigLoader(new StrictMapper()).load(configFolder).config();
        Map<String, String> languages = new LinkedHashMap<>();
        if (config.isPresent()) {
            config.get().languages().forEach(l -> languages.put(l.code(), l.name()));
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.println("kiosk: " + configFolder + " has problems (see validate); the schemas ask for the texts in "
                    + String.join(", ", ConfigLoader.SHIPPED_LANGUAGES));
            err.flush();
            ConfigLoader.SHIPPED_LANGUAGES.forEach(code -> languages.put(code, code));
        }
        return languages;
    }
}
