package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code exhibit.yaml}: what the exhibit is called, its version, and the order of its sections.
 *
 * @param id             a short name for the exhibit, used in file names of printed summaries
 * @param contentVersion shown in the staff panel and printed in the handout's footer
 * @param title          the exhibit's title
 * @param dates          the dates it covers, as a visitor reads them
 * @param tagline        one line under the title on the home screen
 * @param sections       the reading sections in order; each is {@code sections/ID.yaml}
 * @param credits        the credits screen, block by block
 * @param tiles          how the home screen's other tiles look (each section's tile is in its own file)
 */
public record ExhibitInfo(
        @DeclaresId("exhibit") String id,
        String contentVersion,
        LocalizedText title,
        LocalizedText dates,
        LocalizedText tagline,
        @RefersTo("section") List<String> sections,
        List<Credit> credits,
        @OptionalKey Tiles tiles) {

    public ExhibitInfo {
        sections = List.copyOf(sections);
        credits = List.copyOf(credits);
        tiles = tiles != null ? tiles : new Tiles(null, null, null, null, null);
    }

    /**
     * The home tiles that are not sections, each as it looks; a tile left out takes its kind's icon
     * and no picture.
     */
    public record Tiles(@OptionalKey HomeTile keyFacts, @OptionalKey HomeTile perspectives,
                        @OptionalKey HomeTile map, @OptionalKey HomeTile summary, @OptionalKey HomeTile credits) {
        public Tiles {
            keyFacts = HomeTile.orDefault(keyFacts);
            perspectives = HomeTile.orDefault(perspectives);
            map = HomeTile.orDefault(map);
            summary = HomeTile.orDefault(summary);
            credits = HomeTile.orDefault(credits);
        }
    }

    /** One block of the credits screen. */
    public record Credit(LocalizedText heading, LocalizedText text) {
    }
}
