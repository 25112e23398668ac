package org.exhibitkiosk.admin;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javax.swing.JPanel;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.BackspaceMark;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The staff PIN pad, opened by the hidden gesture: digits, masked entry, and a message for wrong or
 * locked attempts. The PIN is checked off the EDT. EDT only.
 */
public final class PinPadScreen extends JPanel {

    private final PinGate gate;
    private final Exhibit exhibit;
    private final String language;
    private final Clock clock;
    private final Failures failures;
    private final Runnable onAccepted;
    private final StringBuilder entered = new StringBuilder();
    private final TextBlock dots;
    private final TextBlock message;
    private final JPanel keys;

    /** @param failures where a check that failed is reported, once the keys work again */
    public PinPadScreen(Exhibit exhibit, String language, Metrics metrics, PinGate gate, Clock clock,
                        Failures failures, Runnable onAccepted, Runnable onCancel) {
        super(new GridBagLayout());
        this.gate = gate;
        this.exhibit = exhibit;
        this.language = language;
        this.clock = clock;
        this.failures = failures;
        this.onAccepted = onAccepted;
        setName("staff.pin-pad");
        setOpaque(false);
        FontStack keyFont = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(48));
        Column column = new Column();
        TextBlock title = new TextBlock(exhibit.text(UiKey.STAFF_ENTER_PIN, language),
                exhibit.typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(metrics.font(40)), "Kiosk.foreground",
                TextBlock.Align.CENTER);
        title.setName("pin.title");
        column.append(title, 0);
        dots = new TextBlock(" ", keyFont, "Kiosk.accent", TextBlock.Align.CENTER);
        dots.setName("pin.entered");
        column.append(dots, metrics.px(20));
        message = new TextBlock(" ", exhibit.typefaces().stack(FontStyle.BODY).atSize(metrics.font(24)),
                "Kiosk.muted", TextBlock.Align.CENTER);
        message.setName("pin.message");
        column.append(message, metrics.px(8));

        keys = new JPanel(new GridLayout(4, 3, metrics.px(20), metrics.px(20)));
        keys.setOpaque(false);
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "DEL", "0", "OK"}) {
            String name = key.equals("DEL") ? "pin.delete" : key.equals("OK") ? "pin.ok" : "pin.digit." + key;
            TouchButton button = new TouchButton(name, key.equals("DEL") ? "" : key, keyFont,
                    key.equals("OK") ? "primary" : "pinKey", metrics);
            if (key.equals("DEL")) {
                // The fonts have no arrow glyphs: the mark is drawn.
                button.remove(button.label());
                button.add(new BackspaceMark(metrics.px(64)));
                button.getAccessibleContext().setAccessibleName(exhibit.text(UiKey.STAFF_PIN_DELETE, language));
            }
            button.addActionListener(e -> press(key));
            keys.add(button);
        }
        JPanel keysHolder = new JPanel(new BorderLayout());
        keysHolder.setOpaque(false);
        keysHolder.add(keys);
        // Keys a thumb finds without looking twice: 160 by 128 design pixels (80 is the least target).
        keysHolder.setPreferredSize(new Dimension(metrics.px(3 * 160 + 2 * 20), metrics.px(4 * 128 + 3 * 20)));
        column.append(wrap(keysHolder), metrics.px(28));
        TouchButton cancel = new TouchButton("pin.cancel", exhibit.text(UiKey.NAV_CLOSE, language),
                exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(28)), "pager", metrics);
        cancel.addActionListener(e -> onCancel.run());
        cancel.setPreferredSize(new Dimension(Math.max(metrics.px(240), cancel.getPreferredSize().width),
                cancel.getPreferredSize().height));
        column.append(wrap(cancel), metrics.px(28));
        JPanel holder = new JPanel(new BorderLayout());
        holder.setOpaque(false);
        holder.add(column);
        holder.setPreferredSize(new Dimension(metrics.px(640), column.heightForWidth(metrics.px(640))));
        add(holder);
        showLockIfLocked();
    }

    private static JPanel wrap(Component component) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.CENTER, 0, 0));
        panel.setOpaque(false);
        panel.add(component);
        return panel;
    }

    private void press(String key) {
        Threads.assertEdt();
        if (key.equals("DEL")) {
            if (entered.length() > 0) {
                entered.setLength(entered.length() - 1);
            }
        } else if (key.equals("OK")) {
            submit();
            return;
        } else if (entered.length() < 12) {
            entered.append(key);
        }
        dots.setText(entered.length() == 0 ? " " : "\u2022 ".repeat(entered.length()).trim());
    }

    private void submit() {
        char[] pin = entered.toString().toCharArray();
        entered.setLength(0);
        dots.setText(" ");
        // Each attempt gets its own answer: the last one's goes while this one is checked, so two
        // wrong PINs in a row read as two answers, not one.
        message.setText(" ");
        setKeysEnabled(false);
        Threads.thenOnEdt(CompletableFuture.supplyAsync(() -> gate.check(pin), Threads.ON_WORKER), failures,
                this::show, error -> {
                    setKeysEnabled(true);
                    message.setText(Failures.oneLine(error));
                    message.setColorKey("Kiosk.accent");
                });
    }

    private void show(PinGate.Outcome outcome) {
        setKeysEnabled(true);
        if (outcome instanceof PinGate.Outcome.Accepted) {
            onAccepted.run();
        } else if (outcome instanceof PinGate.Outcome.Wrong) {
            message.setText(exhibit.text(UiKey.STAFF_WRONG_PIN, language));
        } else if (outcome instanceof PinGate.Outcome.Locked locked) {
            showLocked(locked.until());
        }
    }

    private void showLockIfLocked() {
        Instant until = gate.lockedUntil();
        if (until != null) {
            showLocked(until);
        }
    }

    private void showLocked(Instant until) {
        long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
        message.setText(exhibit.format(UiKey.STAFF_LOCKED, language, minutes));
        message.setColorKey("Kiosk.accent");
    }

    private void setKeysEnabled(boolean enabled) {
        for (Component key : keys.getComponents()) {
            key.setEnabled(enabled);
        }
    }

    /** The message under the entered digits (for tests). */
    public String messageText() {
        return message.getText();
    }
}
