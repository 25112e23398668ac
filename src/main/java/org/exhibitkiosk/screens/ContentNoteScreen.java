package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JPanel;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * Shown before a panel that describes violence: what it holds, and the choice to continue or go
 * back. EDT only; no I/O.
 */
public final class ContentNoteScreen extends JPanel {

    public ContentNoteScreen(ScreenContext ctx, Panel panel) {
        super(new GridBagLayout());
        setName("screen.content-note");
        setOpaque(false);
        Column card = Layouts.card(ctx);
        int pad = ctx.px(48);
        card.card("Kiosk.surface", "Kiosk.accent", ctx.px(28), new Insets(pad, pad, pad, pad));
        TextBlock title = new TextBlock(ctx.ui(UiKey.CONTENT_NOTE_TITLE), ctx.font(FontStyle.DISPLAY_BOLD, 56),
                "Kiosk.foreground", TextBlock.Align.LEADING);
        title.setName("note.title");
        card.append(title, 0);
        // Read from a step back, like the panels' headings: larger than the panels' own text.
        TextBlock note = new TextBlock(ctx.text(panel.contentNote()), ctx.reading(FontStyle.BODY, 38),
                "Kiosk.foreground", TextBlock.Align.LEADING);
        note.setName("note.text");
        note.setLineSpacing(1.3f);
        card.append(note, ctx.px(28));
        Row buttons = new Row(ctx.px(28));
        TouchButton back = new TouchButton("note.back", ctx.ui(UiKey.CONTENT_NOTE_BACK),
                ctx.font(FontStyle.BODY_BOLD, 32), "pager", ctx.metrics());
        back.addActionListener(e -> ctx.actions().declineContentNote());
        TouchButton proceed = new TouchButton("note.continue", ctx.ui(UiKey.CONTENT_NOTE_CONTINUE),
                ctx.font(FontStyle.BODY_BOLD, 32), "primary", ctx.metrics());
        proceed.addActionListener(e -> ctx.actions().acknowledgeContentNote());
        buttons.append(back, 1);
        buttons.append(proceed, 1);
        card.append(buttons, ctx.px(40));
        SizedByWidth holder = new SizedByWidth(card);
        int width = Math.min(ctx.px(1240), ctx.metrics().width() - ctx.px(2 * Layouts.MARGIN));
        holder.setPreferredSize(null);
        JPanel fixed = new JPanel(new BorderLayout());
        fixed.setOpaque(false);
        fixed.add(holder);
        fixed.setPreferredSize(new Dimension(width, card.heightForWidth(width)));
        add(fixed);
    }
}
