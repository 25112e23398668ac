package org.exhibitkiosk.shell;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.exhibitkiosk.screens.Place;

/**
 * Everything one visitor has done, and nothing more: language, where they are, the page of each
 * section, text size, the two-language view, the content notes they have read. A reset forgets it
 * all, so the next visitor starts fresh. EDT only.
 */
public final class VisitorSession {

    private String language;
    private String secondLanguage;
    private int textStep;
    private Place place = new Place.Welcome();
    private final Map<String, Integer> pages = new HashMap<>();
    private final Set<String> notesRead = new HashSet<>();

    /** The visitor's language; null before they chose one. */
    public String language() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
        if (language != null && language.equals(secondLanguage)) {
            secondLanguage = null;
        }
    }

    /** The language shown beside the visitor's, or null when the two-language view is off. */
    public String secondLanguage() {
        return secondLanguage;
    }

    void setSecondLanguage(String secondLanguage) {
        this.secondLanguage = secondLanguage;
    }

    public int textStep() {
        return textStep;
    }

    void setTextStep(int textStep) {
        this.textStep = textStep;
    }

    public Place place() {
        return place;
    }

    void setPlace(Place place) {
        this.place = place;
        if (place instanceof Place.Reading reading && reading.page() >= 0) {
            pages.put(reading.sectionId(), reading.page());
        }
    }

    /** The page the visitor last read in a section, or the first. */
    public int pageOf(String sectionId) {
        return pages.getOrDefault(sectionId, 0);
    }

    /** Whether the visitor has read on past the content note of a section. */
    boolean hasReadNote(String sectionId) {
        return notesRead.contains(sectionId);
    }

    void markNoteRead(String sectionId) {
        notesRead.add(sectionId);
    }

    /** Forgets the visitor: back to the welcome screen with nothing chosen. */
    public void reset() {
        language = null;
        secondLanguage = null;
        textStep = 0;
        place = new Place.Welcome();
        pages.clear();
        notesRead.clear();
    }

    /** Whether anything of a visitor is left (for tests of the reset). */
    public boolean isFresh() {
        return language == null && secondLanguage == null && textStep == 0 && place instanceof Place.Welcome
                && pages.isEmpty() && notesRead.isEmpty();
    }
}
