package org.exhibitkiosk.content;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
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
        OperationsMap map,
        People people,
        Glossary glossary,
        Sources sources,
        AttractLoop attract,
        TakeHome takeHome,
        InterfaceText ui,
        Typefaces typefaces,
        Map<String, BufferedImage> images) {

    public Exhibit {
        sections = List.copyOf(sections);
        images = Map.copyOf(images);
    }

    /** A panel's picture, decoded when the content was read (screens do no file I/O). */
    public Optional<BufferedImage> image(Picture picture) {
        return Optional.ofNullable(images.get(picture.file()));
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public String text(UiKey key, String language) {
        return ui.get(key, language);
    }

    /** An interface text with its {0}-style values filled in. */
    public String format(UiKey key, String language, Object... values) {
        return ui.format(key, language, values);
    }
}
