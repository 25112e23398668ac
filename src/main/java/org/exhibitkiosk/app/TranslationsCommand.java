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
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.tools.Translations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code translations export|import|status}: the translators' round trip through XLIFF 2.0.
 * Problems are printed as {@code FILE:LINE:COLUMN: message}. Exit 0 done, 1 problems, 2 usage.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"Translate the exhibit with a translator's tool, through XLIFF 2.0 files.",
            "export writes every text for one language; import writes the translations back",
            "into the content files in place (comments and layout kept); status lists what each",
            "language lacks or has only for an older text."},
        subcommands = {TranslationsCommand.Export.class, TranslationsCommand.Import.class,
            TranslationsCommand.Status.class})
final class TranslationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say export, import or status");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write an XLIFF 2.0 file of every text, for translating into one language.",
                "Each unit has the source text, a hash of it, notes on where it is seen and the",
                "language's text where there is one (state translated, or initial when missing",
                "or made from an older source)."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", paramLabel = "L", required = true,
                description = "The language to translate into (a code such as fr; it may be new).")
        String language;

        @Option(names = "--from", paramLabel = "LANG",
                description = "The language to translate from (default: the config's first).")
        String from;

        @Option(names = "--out", paramLabel = "F.xlf", required = true, description = "The XLIFF file to write.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Context context = Context.of(spec);
            String source = from != null ? from : context.first();
            if (source.equals(language)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--lang and --from are both " + language + "; translate into another language");
            }
            Problems problems = new Problems();
            int units = context.translations().export(source, language, out, problems);
            return context.report(problems, () -> !problems.isEmpty() ? null : "wrote " + units + " texts from " + source + " for " + language
                    + " into " + out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Write the translations of an XLIFF 2.0 file into the content files.",
                "Only the language's values change; comments and layout stay. A unit whose",
                "source text changed since the export is refused, by name; the rest are written."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "F.xlf", description = "The translated XLIFF file.")
        Path file;

        @Override
        public Integer call() throws IOException {
            Context context = Context.of(spec);
            Problems problems = new Problems();
            Translations.Imported imported = context.translations().importFile(file, problems);
            boolean nothing = imported.written() + imported.unchanged() == 0 && !problems.isEmpty();
            return context.report(problems, () -> nothing ? null : "wrote " + imported.written() + " translations into "
                    + (imported.files().isEmpty() ? "no file" : String.join(", ", imported.files()))
                    + "; " + imported.unchanged() + " already as translated; then run validate");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"List, per language, the texts missing and those out of date (translated",
                "from a source text that has changed since), as FILE:LINE:COLUMN: path."})
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", paramLabel = "L", split = ",",
                description = "The languages to list (default: the config's, but the source).")
        List<String> languages;

        @Option(names = "--from", paramLabel = "LANG",
                description = "The language translated from (default: the config's first).")
        String from;

        @Override
        public Integer call() {
            Context context = Context.of(spec);
            String source = from != null ? from : context.first();
            Problems problems = new Problems();
            List<String> listed = languages != null ? languages : List.copyOf(context.languages().keySet());
            List<Translations.LanguageStatus> statuses = context.translations().status(source, listed, problems);
            PrintWriter out = spec.commandLine().getOut();
            for (Translations.LanguageStatus status : statuses) {
                String folder = context.content().toString();
                if (status.missing().isEmpty() && status.outOfDate().isEmpty()) {
                    out.println(status.language() + ": complete (" + status.texts() + " texts)");
                    continue;
                }
                out.println(status.language() + ": " + status.missing().size() + " missing, "
                        + status.outOfDate().size() + " out of date, of " + status.texts() + " texts");
                for (Translations.Gap gap : status.missing()) {
                    out.println("  " + Path.of(folder, gap.file()) + ":" + gap.location().line() + ":"
                            + gap.location().column() + ": missing: " + gap.path());
                }
                for (Translations.Gap gap : status.outOfDate()) {
                    out.println("  " + Path.of(folder, gap.file()) + ":" + gap.location().line() + ":"
                            + gap.location().column() + ": out of date: " + gap.path());
                }
            }
            return context.report(problems, () -> null);
        }
    }

    /** The folders and the config's languages, as every subcommand reads them. */
    private record Context(CommandSpec spec, Path content, Map<String, String> languages) {

        static Context of(CommandSpec spec) {
            FolderOptions folders = ((Main) spec.parent().parent().userObject()).folders;
            Optional<KioskConfig> config = new ConfigLoader(new StrictMapper()).load(folders.config()).config();
            Map<String, String> languages = new LinkedHashMap<>();
            if (config.isPresent()) {
                config.get().languages().forEach(l -> languages.put(l.code(), l.name()));
            } else {
                PrintWriter err = spec.commandLine().getErr();
                err.println("kiosk: " + folders.config() + " has problems (see validate); taking the languages "
                        + String.join(", ", ConfigLoader.SHIPPED_LANGUAGES));
                err.flush();
                ConfigLoader.SHIPPED_LANGUAGES.forEach(code -> languages.put(code, code));
            }
            return new Context(spec, folders.content(), languages);
        }

        String first() {
            return languages.keySet().iterator().next();
        }

        Translations translations() {
            return new Translations(content, languages);
        }

        int report(Problems problems, java.util.function.Supplier<String> done) {
            PrintWriter out = spec.commandLine().getOut();
            for (Problem problem : problems.sorted()) {
                out.println(problem);
            }
            String line = done.get();
            if (line != null) {
                out.println(line);
            }
            out.flush();
            return problems.isEmpty() ? Main.OK : Main.FAILED;
        }
    }
}
