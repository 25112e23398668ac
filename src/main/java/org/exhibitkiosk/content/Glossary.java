package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;

/** {@code glossary.yaml}: words a visitor may not know, and notes on names. */
public record Glossary(LocalizedText title, List<Term> terms) {

    public Glossary {
        terms = List.copyOf(terms);
    }

    /** One entry. */
    public record Term(@DeclaresId("term") String id, LocalizedText term, LocalizedText definition) {
    }
}
