package org.exhibitkiosk.screens;

/**
 * What a visitor's touches ask of the kiosk. Screens call these; the shell carries them out.
 * EDT only.
 */
public interface VisitorActions {

    void chooseLanguage(String language);

    void go(Place place);

    /** Next (+1) or previous (-1) panel of the section being read. */
    void turnPage(int delta);

    /** The visitor read the content note and wants to see the panel. */
    void acknowledgeContentNote();

    /** The visitor chose not to read the panel behind a content note. */
    void declineContentNote();
}
