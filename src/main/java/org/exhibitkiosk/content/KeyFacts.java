package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code key-facts.yaml}: the facts at a glance, with the sides of the conflict and every contested
 * figure next to who gives it.
 *
 * @param title the screen's title
 * @param sides the parties facts can belong to (for the side-by-side layout)
 * @param facts the facts in display order
 */
public record KeyFacts(LocalizedText title, List<Side> sides, List<KeyFact> facts) {

    public KeyFacts {
        sides = List.copyOf(sides);
        facts = List.copyOf(facts);
    }

    /** One party to the events. */
    public record Side(@DeclaresId("side") String id, LocalizedText name) {
    }

    /**
     * One fact: a label and one or more values. Several values with attributions are a contested
     * figure, shown side by side.
     */
    public record KeyFact(@DeclaresId("fact") String id, LocalizedText label, List<Value> values) {
        public KeyFact {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a fact needs at least one value");
            }
            values = List.copyOf(values);
        }

        public boolean isContested() {
            return values.stream().anyMatch(v -> v.attribution() != null);
        }
    }

    /**
     * One value of a fact.
     *
     * @param side        the side it concerns, where the fact is given per side
     * @param text        the value
     * @param attribution who gives this value, for a contested figure
     */
    public record Value(@OptionalKey @RefersTo("side") String side, LocalizedText text,
                        @OptionalKey LocalizedText attribution) {
    }
}
