package org.exhibitkiosk.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;

/**
 * {@code glossary.yaml}: words a visitor may not know, and notes on names. A term may also record,
 * per language, how it is written in running text: the chosen form, its accepted inflections and
 * the variants the exhibit rejects, which {@code validate} then finds anywhere in the content.
 * Immutable.
 */
public record Glossary(LocalizedText title, List<Term> terms) {

    public Glossary {
        terms = List.copyOf(terms);
    }

    /**
     * One entry.
     *
     * @param spelling optional: per language code, how the term is written in the exhibit's texts
     */
    public record Term(@DeclaresId("term") String id, LocalizedText term, LocalizedText definition,
            @OptionalKey Map<String, Spelling> spelling) {

        public Term {
            spelling = spelling == null ? Map.of() : Map.copyOf(spelling);
        }
    }

    /**
     * How one term is written in one language.
     *
     * @param form        the chosen form, as it is written in running text
     * @param inflections optional: other accepted forms of it (cases, plurals, possessives)
     * @param rejected    optional: variants the exhibit does not use; each also stands for its inflected
     *                    forms (a rejected 'Njdeh' is found in 'Njdehin' too)
     */
    public record Spelling(String form, @OptionalKey List<String> inflections, @OptionalKey List<String> rejected) {

        public Spelling {
            if (form == null || form.isBlank()) {
                throw new IllegalArgumentException("form must be the chosen form of the term");
            }
            inflections = inflections == null ? List.of() : List.copyOf(inflections);
            rejected = rejected == null ? List.of() : List.copyOf(rejected);
        }

        /** The chosen form and its accepted inflections. */
        public List<String> accepted() {
            return Stream.concat(Stream.of(form), inflections.stream()).toList();
        }
    }
}
