package org.exhibitkiosk.screens;

/** Where a visitor can be. The shell turns a place into a screen. Immutable. */
public sealed interface Place {

    /** The welcome screen: choose a language. */
    record Welcome() implements Place {
    }

    /** The exhibit's home: the tiles. */
    record Home() implements Place {
    }

    /** A reading section, at one of its panels (counted from 0). */
    record Reading(String sectionId, int page) implements Place {
    }

    record KeyFacts() implements Place {
    }

    record Perspectives() implements Place {
    }

    record Credits() implements Place {
    }

    /** Taking a summary home: choose the language, confirm, print. */
    record Print() implements Place {
    }

    /** The operations on a map, day by day. */
    record Map() implements Place {
    }
}
