package org.exhibitkiosk.content;

import java.util.List;

/**
 * {@code attract.yaml}: what the kiosk shows while nobody touches it. The exhibit's title and
 * dates open the loop; curators choose the slides and quotes that follow.
 *
 * @param slides short texts, a heading and a hook each
 * @param quotes short attributed quotations
 */
public record AttractLoop(List<Slide> slides, List<Quote> quotes) {

    public AttractLoop {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("the attract loop needs at least one slide");
        }
        slides = List.copyOf(slides);
        quotes = List.copyOf(quotes);
    }

    /** One slide. */
    public record Slide(LocalizedText heading, LocalizedText text) {
    }
}
