package org.exhibitkiosk.screens;

import java.time.LocalDate;

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

    /**
     * The operations on a map, day by day.
     *
     * @param day  the day to open on (a day the map steps through), or null for the first
     * @param back where the map's "back" button returns (the panel it was opened from), or null
     *             when it was opened from home
     */
    record Map(LocalDate day, Place back) implements Place {
        /** The map from home: its first day, no way back but home. */
        public Map() {
            this(null, null);
        }
    }
}
