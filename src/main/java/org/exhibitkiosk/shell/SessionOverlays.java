package org.exhibitkiosk.shell;

import java.awt.Dimension;
import java.awt.Insets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.JLayeredPane;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The layers over the whole kiosk: "Still there?" with its countdown and Continue button, and the
 * cleaning countdown, each built in the visitor's language and laid over the frame's content.
 * The controller decides when; this class only shows, updates and removes them. EDT only.
 */
final class SessionOverlays {

    private final KioskFrame frame;
    private final Supplier<Exhibit> exhibit;
    private final Supplier<String> language;
    private final Supplier<List<String>> languages;
    private final BooleanSupplier overCard;
    private final Supplier<Metrics> metrics;
    private final Runnable onContinue;
    private SessionOverlay stillThere;
    private SessionOverlay cleaning;
    private Instant cleaningEnds;

    /**
     * @param language   the visitor's language, or null before they chose one (then "Still there?"
     *                   asks in every language)
     * @param languages  the kiosk's languages, in order
     * @param overCard   whether the screen underneath is a card of its own (a content note): then
     *                   the prompt hides it rather than stand on it
     * @param onContinue what the visitor's answer to "Still there?" does
     */
    SessionOverlays(KioskFrame frame, Supplier<Exhibit> exhibit, Supplier<String> language,
                    Supplier<List<String>> languages, BooleanSupplier overCard, Supplier<Metrics> metrics,
                    Runnable onContinue) {
        this.frame = frame;
        this.exhibit = exhibit;
        this.language = language;
        this.languages = languages;
        this.overCard = overCard;
        this.metrics = metrics;
        this.onContinue = onContinue;
    }

    // ---- "Still there?" ----

    boolean isAskingStillThere() {
        return stillThere != null;
    }

    /** Shows "Still there?" (once) with {@code secondsLeft} on its countdown. */
    void askStillThere(long secondsLeft, long countdownSeconds) {
        if (stillThere == null) {
            stillThere = stillThereCard(exhibit.get(), metrics.get(), askIn(), countdownSeconds, onContinue);
            stillThere.setHidesBelow(overCard.getAsBoolean());
            add(stillThere, JLayeredPane.POPUP_LAYER);
        }
        stillThere.setCountdown(countdown(exhibit.get(), askIn(), secondsLeft));
    }

    void hideStillThere() {
        if (stillThere != null) {
            remove(stillThere);
            stillThere = null;
        }
    }

    /** The "Still there?" countdown now showing, or null. */
    String stillThereCountdown() {
        return stillThere == null ? null : stillThere.countdownText();
    }

    // ---- cleaning ----

    boolean isCleaning() {
        return cleaning != null;
    }

    /** Lays the cleaning countdown over everything until {@code ends}; touches are ignored. */
    void startCleaning(Instant now, Duration length) {
        cleaningEnds = now.plus(length);
        Metrics m = metrics.get();
        Exhibit shown = exhibit.get();
        Column card = card(m);
        card.append(title(shown, m, shown.text(UiKey.STAFF_CLEANING, askIn().get(0)), "cleaning.title"), 0);
        TextBlock left = body(shown, m, format(UiKey.STAFF_CLEANING_COUNTDOWN, length.toSeconds()),
                "cleaning.countdown");
        card.append(left, m.px(16));
        cleaning = new SessionOverlay("cleaning.overlay", card, left, m, null);
        add(cleaning, JLayeredPane.DRAG_LAYER);
    }

    /** Counts the cleaning down; false once its time is up (then the overlay is gone). */
    boolean tickCleaning(Instant now) {
        if (!now.isBefore(cleaningEnds)) {
            remove(cleaning);
            cleaning = null;
            return false;
        }
        long left = Math.max(0, Duration.between(now, cleaningEnds).toSeconds() + 1);
        cleaning.setCountdown(format(UiKey.STAFF_CLEANING_COUNTDOWN, left));
        return true;
    }

    // ---- building ----

    private void add(SessionOverlay overlay, Integer layer) {
        JLayeredPane layers = frame.getLayeredPane();
        layers.add(overlay, layer);
        overlay.setBounds(0, 0, layers.getWidth(), layers.getHeight());
        overlay.validate();
    }

    private void remove(SessionOverlay overlay) {
        frame.getLayeredPane().remove(overlay);
        frame.getLayeredPane().repaint();
    }

    /** The visitor's language; every language before one is chosen. */
    private List<String> askIn() {
        String chosen = language.get();
        return chosen != null ? List.of(chosen) : languages.get();
    }

    /**
     * "Still there?" with its countdown and a large button, in {@code languages}: the first set
     * large, the others beneath it, each in its own script.
     */
    static SessionOverlay stillThereCard(Exhibit shown, Metrics m, List<String> languages, long countdownSeconds,
                                         Runnable onContinue) {
        Column card = card(m);
        // Asked of whoever stands there, in every language alike (same size, weight and colour):
        // over the welcome screen no language is the visitor's yet.
        boolean first = true;
        for (String lang : languages) {
            TextBlock title = new TextBlock(shown.text(UiKey.IDLE_STILL_THERE, lang),
                    shown.typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(m.font(languages.size() > 1 ? 48 : 60)),
                    "Kiosk.foreground", TextBlock.Align.CENTER);
            title.setName("idle.title" + (first ? "" : "." + lang));
            title.setLanguage(lang);
            card.append(title, first ? 0 : m.px(10));
            first = false;
        }
        TextBlock left = body(shown, m, countdown(shown, languages, countdownSeconds), "idle.countdown");
        card.append(left, m.px(20));
        String label = String.join("  \u00B7  ", languages.stream().map(l -> shown.text(UiKey.IDLE_CONTINUE, l))
                .toList());
        TouchButton proceed = new TouchButton("idle.continue", label,
                shown.typefaces().stack(FontStyle.BODY_BOLD).atSize(m.font(34)), "primary", m);
        proceed.setMinimumSize(new Dimension(m.px(420), m.px(120)));
        proceed.addActionListener(e -> onContinue.run());
        card.append(proceed, m.px(36));
        return new SessionOverlay("idle.overlay", card, left, m, onContinue);
    }

    private static String countdown(Exhibit shown, List<String> languages, long seconds) {
        return String.join("\n", languages.stream().map(l -> shown.format(UiKey.IDLE_COUNTDOWN, l, seconds)).toList());
    }

    private static Column card(Metrics metrics) {
        int pad = metrics.px(56);
        return new Column().card("Kiosk.surface", "Kiosk.accent", metrics.px(32), new Insets(pad, pad, pad, pad));
    }

    private static TextBlock title(Exhibit exhibit, Metrics metrics, String text, String name) {
        TextBlock block = new TextBlock(text, exhibit.typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(metrics.font(60)),
                "Kiosk.foreground", TextBlock.Align.CENTER);
        block.setName(name);
        return block;
    }

    private static TextBlock body(Exhibit exhibit, Metrics metrics, String text, String name) {
        TextBlock block = new TextBlock(text, exhibit.typefaces().stack(FontStyle.BODY).atSize(metrics.font(32)),
                "Kiosk.muted", TextBlock.Align.CENTER);
        block.setName(name);
        return block;
    }

    private String format(UiKey key, long value) {
        return exhibit.get().format(key, askIn().get(0), value);
    }
}
