package org.exhibitkiosk.shell;

import org.exhibitkiosk.screens.Place;

/**
 * What happens in visitors' sessions, for the anonymous visit statistics. Nothing here names a
 * person: only languages, places in the exhibit and times. Called on the EDT; implementations
 * must hand any I/O to another thread.
 */
public interface SessionEvents {

    SessionEvents NONE = new SessionEvents() {
    };

    /** The first touch woke the kiosk. */
    default void sessionStarted() {
    }

    default void languageChosen(String language) {
    }

    /** A change of language during a session: often a sign of a weak translation. */
    default void languageSwitched(String from, String to) {
    }

    /** The visitor now sees this place (a panel, key facts...). */
    default void placeShown(Place place) {
    }

    default void printed(String language) {
    }

    /** The session ended: by the idle countdown ({@code idle}), or otherwise. */
    default void sessionEnded(boolean idle) {
    }
}
