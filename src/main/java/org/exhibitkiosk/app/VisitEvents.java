package org.exhibitkiosk.app;

import org.exhibitkiosk.ops.VisitStats;
import org.exhibitkiosk.screens.Place;
import org.exhibitkiosk.shell.SessionEvents;

/**
 * The visitors' sessions as the visit statistics count them: each place a visitor reaches becomes
 * a panel read or a screen seen, by the name the statistics and their reports use. EDT only.
 */
final class VisitEvents implements SessionEvents {

    private final VisitStats stats;

    VisitEvents(VisitStats stats) {
        this.stats = stats;
    }

    @Override
    public void sessionStarted() {
        stats.sessionStarted();
    }

    @Override
    public void languageChosen(String language) {
        stats.languageChosen(language);
    }

    @Override
    public void languageSwitched(String from, String to) {
        stats.languageSwitched(from, to);
    }

    @Override
    public void placeShown(Place place) {
        if (place instanceof Place.Reading reading) {
            stats.panelShown(reading.sectionId(), reading.page());
        } else {
            stats.screenShown(screenName(place));
        }
    }

    /** The name a screen is counted by; null for the welcome and home screens, which are not counted. */
    static String screenName(Place place) {
        if (place instanceof Place.KeyFacts) {
            return "key-facts";
        } else if (place instanceof Place.Perspectives) {
            return "perspectives";
        } else if (place instanceof Place.Credits) {
            return "credits";
        } else if (place instanceof Place.Map) {
            return "map";
        } else if (place instanceof Place.Print) {
            return "print";
        }
        return null;
    }

    @Override
    public void printed(String language) {
        stats.printed(language);
    }

    @Override
    public void sessionEnded(boolean idle) {
        stats.sessionEnded(idle);
    }
}
