package org.exhibitkiosk.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What the schema reader needs to know beyond a file's own text: the languages every visible text
 * must have, which characters the bundled fonts can draw, where images live, and the shared
 * register of ids. One context serves all files of one load, so references cross files.
 * Not thread-safe: one load at a time.
 *
 * @param languages   codes every {@link LanguageMap} must hold, in display order
 * @param hasGlyph    whether the bundled fonts can draw a code point
 * @param contentRoot folder that images must stay inside, or null where images have no place
 * @param references  ids declared and referred to so far
 */
public record ReadContext(List<String> languages, IntPredicate hasGlyph, Path contentRoot, References references) {

    public ReadContext {
        languages = List.copyOf(languages);
    }
}
