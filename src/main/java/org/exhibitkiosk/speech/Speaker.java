package org.exhibitkiosk.speech;

/**
 * What the kiosk says aloud in audio mode. Every method returns at once and may be called on the
 * event dispatch thread: rendering and playback happen elsewhere. A new {@link #say} interrupts
 * whatever is being said.
 */
public interface Speaker {

    /** Says text in a language (a content language code such as "en"), cutting off what is being said. */
    void say(String text, String language);

    /** Stops all sound at once (the next key, the idle reset, leaving audio mode). */
    void stop();

    /** One step louder or softer; returns the new volume, 0 to 1. */
    double changeVolume(int steps);

    /** Back to the configured volume (at every new session). */
    void resetVolume();

    /** A speaker that says nothing: audio off, tests that do not listen. */
    Speaker SILENT = new Speaker() {
        @Override public void say(String text, String language) { }
        @Override public void stop() { }
        @Override public double changeVolume(int steps) { return 0; }
        @Override public void resetVolume() { }
    };
}
