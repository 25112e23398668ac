package org.exhibitkiosk.screens;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JPanel;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.TextBlock;

/** A part of the exhibit still being prepared: its name and a calm "coming soon". EDT only. */
public final class ComingSoonScreen extends JPanel {

    public ComingSoonScreen(ScreenContext ctx, UiKey tile) {
        super(new GridBagLayout());
        setName("screen.coming-soon");
        setOpaque(false);
        Column column = new Column();
        TextBlock title = new TextBlock(ctx.ui(tile), ctx.font(FontStyle.DISPLAY_BOLD, 56), "Kiosk.foreground",
                TextBlock.Align.CENTER);
        title.setName("coming-soon.title");
        column.append(title, 0);
        TextBlock line = new TextBlock(ctx.ui(UiKey.TILE_COMING_SOON), ctx.font(FontStyle.DISPLAY_ITALIC, 34),
                "Kiosk.accent", TextBlock.Align.CENTER);
        line.setName("coming-soon.text");
        column.append(line, ctx.px(20));
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, ctx.px(160), 0, ctx.px(160));
        add(new SizedByWidth(column), c);
    }
}
