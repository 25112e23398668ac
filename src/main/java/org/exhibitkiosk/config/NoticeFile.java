package org.exhibitkiosk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.files.Location;
import org.exhibitkiosk.files.Node;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ReadContext;
import org.exhibitkiosk.files.References;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.files.TreeReader;

/**
 * {@code notice.yaml} in the config folder: a notice over every screen until {@code until:} or
 * until the file is removed. Either its own {@code text:} in every configured language, or
 * {@code use: ID} of a notice predefined in {@code kiosk.yaml}; {@code kind:} band or evacuation.
 * Read through the same strict path as every file, each problem with its line and column.
 * Immutable, thread-safe.
 *
 * @param text  the notice in every language; or null with {@code use}
 * @param use   the id of a notice under {@code notices:} in kiosk.yaml; or null with {@code text}
 * @param until when it ends; null: when the file is removed
 * @param kind  band or evacuation; null for the predefined notice's kind (or band)
 */
public record NoticeFile(@OptionalKey LocalizedText text, @OptionalKey String use, @OptionalKey NoticeUntil until,
                         @OptionalKey Notice.Kind kind) {

    public static final String FILE = "notice.yaml";

    /**
     * A notice to show. Immutable.
     *
     * @param text   in every language
     * @param kind   band or evacuation
     * @param until  when it ends; null for no end of its own
     * @param source where it comes from, for the log: "notice.yaml" or "staff panel: ID"
     */
    public record Active(LocalizedText text, Notice.Kind kind, Instant until, String source) {
    }

    /**
     * Reads the config folder's notice file, if there is one. Off the EDT.
     *
     * @param readAt when, on the kiosk's clock: a time of day in {@code until} is that day's
     * @return empty when there is no file, or (with problems) when it is broken
     */
    public static Optional<Active> read(Path configFolder, KioskConfig config, Instant readAt, StrictMapper mapper,
                                        Problems problems) {
        Path file = ShownPath.of(configFolder).resolve(FILE);
        if (!Files.isRegularFile(configFolder.resolve(FILE))) {
            return Optional.empty();
        }
        ReadContext context = new ReadContext(config.languageCodes(), codePoint -> true, null, new References());
        int before = problems.sorted().size();
        Optional<NoticeFile> read = mapper.read(file, NoticeFile.class, context, problems);
        if (read.isEmpty() || problems.sorted().size() > before) {
            return Optional.empty();
        }
        NoticeFile notice = read.get();
        if ((notice.text() == null) == (notice.use() == null)) {
            problems.add(file, Location.START, "give the notice either its text (text: with every language) or"
                    + " the id of a notice in kiosk.yaml (use: ID), not both and not neither");
            return Optional.empty();
        }
        LocalizedText text = notice.text();
        Notice.Kind kind = notice.kind();
        if (notice.use() != null) {
            Notice predefined = config.notices().get(notice.use());
            if (predefined == null) {
                problems.add(file, locationOf(file, "use"), "no notice '" + notice.use() + "' in kiosk.yaml"
                        + (config.notices().isEmpty() ? " (it defines none under notices:)"
                        : "; it defines: " + String.join(", ", config.notices().keySet())));
                return Optional.empty();
            }
            text = predefined.text();
            kind = kind == null ? predefined.kind() : kind;
        }
        Instant until = notice.until() == null ? null : notice.until().at(readAt, config.timeZone());
        return Optional.of(new Active(text, kind == null ? Notice.Kind.BAND : kind, until, FILE));
    }

    private static Location locationOf(Path file, String key) {
        Node node = new TreeReader().readFile(file, new Problems()).orElse(null);
        if (node instanceof Node.Mapping mapping && mapping.entries().get(key) != null
                && mapping.entries().get(key).value() != null) {
            return mapping.entries().get(key).value().location();
        }
        return Location.START;
    }

    /** Problems as {@code FILE:LINE:COLUMN: message} lines. */
    public static List<String> lines(Problems problems) {
        return problems.sorted().stream().map(Problem::toString).toList();
    }
}
