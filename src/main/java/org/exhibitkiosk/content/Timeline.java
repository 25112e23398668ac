package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code timeline.yaml}: dated events in order.
 *
 * @param title  the timeline's title
 * @param events the events, earliest first
 */
public record Timeline(LocalizedText title, List<Event> events) {

    public Timeline {
        events = List.copyOf(events);
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).date().compareTo(events.get(i - 1).date()) < 0) {
                throw new IllegalArgumentException("event '" + events.get(i).id()
                        + "' is earlier than the one before it; keep events in date order");
            }
        }
    }

    /**
     * One event.
     *
     * @param id      unique among events
     * @param date    as precise as the source: 1917, 1918-06 or 1919-11-04
     * @param until   the last day, for events that span days
     * @param when    the date as a visitor reads it, with the source's hedges ("3 or 4 November 1919")
     * @param title   a few words
     * @param text    one or two sentences
     * @param places  where it happened (ids from places.yaml)
     * @param people  who took part (ids from people.yaml)
     */
    public record Event(
            @DeclaresId("event") String id,
            HistoricDate date,
            @OptionalKey HistoricDate until,
            LocalizedText when,
            LocalizedText title,
            LocalizedText text,
            @OptionalKey @RefersTo("place") List<String> places,
            @OptionalKey @RefersTo("person") List<String> people) {

        public Event {
            places = places == null ? List.of() : List.copyOf(places);
            people = people == null ? List.of() : List.copyOf(people);
            if (until != null && until.compareTo(date) < 0) {
                throw new IllegalArgumentException("'until' is before 'date'");
            }
        }
    }
}
