package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code summary.yaml}: the take-home summary a visitor can print.
 *
 * @param title      the handout's title
 * @param paragraphs the summary text, 300 to 450 words per language
 * @param facts      key facts printed beside it (ids from key-facts.yaml)
 * @param timeline   events of the short printed timeline (ids from timeline.yaml)
 */
public record TakeHome(LocalizedText title, List<LocalizedText> paragraphs,
                       @RefersTo("fact") List<String> facts, @RefersTo("event") List<String> timeline) {

    public TakeHome {
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
        timeline = List.copyOf(timeline);
    }
}
