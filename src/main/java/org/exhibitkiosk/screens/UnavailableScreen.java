package org.exhibitkiosk.screens;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.JPanel;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.ui.TextBlock;

/**
 * Shown when there is no valid content to show: a dignified message in every language, never a
 * stack trace or an empty screen. EDT only; no I/O.
 */
public final class UnavailableScreen extends JPanel {

    /** One language's message. */
    public record Message(String language, String title, String text) {
    }

    public UnavailableScreen(List<Message> messages, FontStack titleFont, FontStack textFont) {
        super(new GridBagLayout());
        setName("screen.unavailable");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        for (Message message : messages) {
            c.insets = new Insets(24, 160, 4, 160);
            TextBlock title = new TextBlock(message.title(), titleFont, "Kiosk.foreground", TextBlock.Align.CENTER);
            title.setName("unavailable.title." + message.language());
            add(title, c);
            c.insets = new Insets(4, 160, 24, 160);
            add(new TextBlock(message.text(), textFont, "Kiosk.muted", TextBlock.Align.CENTER), c);
        }
    }
}
