package org.exhibitkiosk.content;

import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.text.Typefaces;

/**
 * Everything a visitor can see, read from {@code exhibit-content/} and validated: one snapshot.
 * The kiosk swaps whole snapshots, never parts of one. Immutable, thread-safe.
 */
public record Exhibit(
        ExhibitInfo info,
        List<Section> sections,
        KeyFacts keyFacts,
        Perspectives perspectives,
        Timeline timeline,
        Places places,
        People people,
        Glossary glossary,
        Sources sources,
        AttractLoop attract,
        TakeHome takeHome,
        InterfaceText ui,
        Typefaces typefaces) {

    public Exhibit {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public String text(UiKey key, String language) {
        return ui.get(key, language);
    }
}
