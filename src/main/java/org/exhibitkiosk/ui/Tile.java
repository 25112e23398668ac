package org.exhibitkiosk.ui;

import java.awt.BorderLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import org.exhibitkiosk.text.FontStack;

/**
 * A large home-screen tile: a title and a line under it, the whole tile one touch target.
 * A tile whose screen is not ready shows a quiet badge instead of the line. EDT only.
 */
public final class Tile extends TouchButton {

    private final TextBlock subtitle;
    private final FontStack subtitleFont;
    private final float minimumSize;

    public Tile(String name, String title, FontStack titleFont, String subtitleText, FontStack subtitleFont,
                boolean comingSoon, Metrics metrics) {
        super(name, title, titleFont, comingSoon ? "tileQuiet" : "tile", metrics);
        this.subtitleFont = subtitleFont;
        this.minimumSize = metrics.font(16);
        label().setAlign(TextBlock.Align.LEADING);
        subtitle = new TextBlock(subtitleText, subtitleFont, comingSoon ? "Kiosk.accent" : "Kiosk.muted",
                TextBlock.Align.LEADING);
        subtitle.setName(name + ".subtitle");
        subtitle.setBorder(BorderFactory.createEmptyBorder(metrics.px(14), 0, 0, 0));
        // The title at the top, the line right under it: a tile reads like a label, top down.
        remove(label());
        add(label(), BorderLayout.NORTH);
        add(subtitle, BorderLayout.CENTER);
        label().setVerticallyCentered(false);
        int pad = metrics.px(26);
        setMargin(new Insets(pad, pad, pad, pad));
    }

    /**
     * A tile's size is set by the grid; where its line would not fit (longer languages, larger
     * text), the line is set smaller, down to a floor, rather than cut off.
     */
    @Override
    public void doLayout() {
        super.doLayout();
        int width = subtitle.getWidth();
        if (width <= 0) {
            return;
        }
        FontStack stack = subtitleFont;
        while (subtitle.heightForWidth(width) > subtitle.getHeight() && stack.primary().getSize2D() > minimumSize) {
            stack = stack.atSize(stack.primary().getSize2D() * 0.9f);
            subtitle.setStack(stack);
        }
    }

    public String subtitleText() {
        return subtitle.getText();
    }
}
