package org.exhibitkiosk.content;

import java.util.List;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;

/**
 * {@code perspectives.yaml}: the questions on which accounts differ, each account beside the
 * others with its source. The exhibit gives no verdict of its own.
 *
 * @param title  the screen's title
 * @param intro  one or two sentences that say why accounts differ
 * @param topics the questions
 */
public record Perspectives(LocalizedText title, LocalizedText intro, List<Topic> topics) {

    public Perspectives {
        topics = List.copyOf(topics);
    }

    /** One question and the accounts of it. */
    public record Topic(@DeclaresId("perspective") String id, LocalizedText question, List<Account> accounts) {
        public Topic {
            if (accounts.size() < 2) {
                throw new IllegalArgumentException("a perspective compares at least two accounts");
            }
            accounts = List.copyOf(accounts);
        }
    }

    /**
     * One account.
     *
     * @param source  whose account it is, as a visitor reads it ("According to Azerbaijani sources")
     * @param text    what it says
     * @param sources entries of sources.yaml it comes from
     */
    public record Account(LocalizedText source, LocalizedText text,
                          @OptionalKey @RefersTo("source") List<String> sources) {
        public Account {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }
}
