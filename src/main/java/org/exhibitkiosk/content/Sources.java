package org.exhibitkiosk.content;

import java.net.URI;
import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;

/** {@code sources.yaml}: where the exhibit's words come from, as a list a visitor can read. */
public record Sources(LocalizedText title, List<Source> sources) {

    public Sources {
        sources = List.copyOf(sources);
    }

    /**
     * One source.
     *
     * @param id       unique among sources
     * @param citation the source as a visitor reads it
     * @param url      where it can be found
     * @param licence  the licence it is used under, where it has one
     */
    public record Source(@DeclaresId("source") String id, LocalizedText citation, @OptionalKey URI url,
                         @OptionalKey LocalizedText licence) {
    }
}
