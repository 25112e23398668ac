package org.exhibitkiosk.content;

import java.time.LocalDate;
import java.util.List;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code attract.yaml}: what the kiosk shows while nobody touches it. The exhibit's title and
 * dates open the loop; curators choose the slides and quotes that follow.
 *
 * @param mapDays the days of the map the loop pans across, in the order shown (YYYY-MM-DD, each a
 *                day the map steps through); no map in the loop when left out
 * @param slides  short texts, a heading and a hook each
 * @param quotes  short attributed quotations
 */
public record AttractLoop(
        @OptionalKey @RefersTo(OperationsMap.DAY_ID) List<String> mapDays,
        List<Slide> slides,
        List<Quote> quotes) {

    public AttractLoop {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("the attract loop needs at least one slide");
        }
        mapDays = mapDays == null ? List.of() : List.copyOf(mapDays);
        slides = List.copyOf(slides);
        quotes = List.copyOf(quotes);
    }

    /** The map's days, as dates. */
    public List<LocalDate> mapDates() {
        return mapDays.stream().map(LocalDate::parse).toList();
    }

    /**
     * One slide.
     *
     * @param image a picture shown beside the text, with its caption, credit and description
     */
    public record Slide(LocalizedText heading, LocalizedText text, @OptionalKey Picture image) {
    }
}
