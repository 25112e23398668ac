package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;

/** {@code people.yaml}: the people the story names, each with a one-line role. */
public record People(List<Person> people) {

    public People {
        people = List.copyOf(people);
    }

    /**
     * One person.
     *
     * @param id   unique among people
     * @param name the name as written in each language
     * @param role who they were in November 1919, in one line
     */
    public record Person(@DeclaresId("person") String id, LocalizedText name, LocalizedText role) {
    }
}
