package org.exhibitkiosk.ui;

import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JLabel;
import org.exhibitkiosk.text.FontStack;

/**
 * A large home-screen tile: an icon and a title, a line under them and, where the tile has one and
 * there is room, a picture filling the rest; the whole tile one touch target. A tile whose screen is
 * not ready shows a quiet badge instead of the line. EDT only.
 */
public final class Tile extends TouchButton {

    private final TextBlock subtitle;
    private final FontStack subtitleFont;
    private final float minimumSize;
    private final JLabel icon;
    private final int gap;
    private final int pictureMinimum;
    private TilePicture picture;
    private JLabel watermark;
    private int pictureCap = Integer.MAX_VALUE;

    /** @param icon drawn before the title, in the theme's accent; null for none */
    public Tile(String name, String title, FontStack titleFont, String subtitleText, FontStack subtitleFont,
                boolean comingSoon, Metrics metrics, Icon icon) {
        super(name, title, titleFont, comingSoon ? "tileQuiet" : "tile", metrics);
        this.subtitleFont = subtitleFont;
        this.minimumSize = metrics.font(16);
        this.gap = metrics.px(16);
        this.pictureMinimum = metrics.px(72);
        label().setAlign(TextBlock.Align.LEADING);
        subtitle = new TextBlock(subtitleText, subtitleFont, comingSoon ? "Kiosk.accent" : "Kiosk.muted",
                TextBlock.Align.LEADING);
        subtitle.setName(name + ".subtitle");
        subtitle.setBorder(BorderFactory.createEmptyBorder());
        this.icon = new JLabel(icon);
        this.icon.setName(name + ".icon");
        this.icon.setVisible(icon != null);
        // Laid out by hand (doLayout): icon and title, the line, the picture, top down.
        setLayout(null);
        add(this.icon);
        add(subtitle);
        label().setVerticallyCentered(false);
        int pad = metrics.px(26);
        setMargin(new Insets(pad, pad, pad, pad));
    }

    /** The picture under the line (a photograph or a drawn vignette); shown where there is room. */
    public void setPicture(TilePicture picture) {
        if (this.picture != null) {
            remove(this.picture);
        }
        this.picture = picture;
        add(picture);
        revalidate();
    }

    public TilePicture picture() {
        return picture;
    }

    /**
     * The height the picture would take at the tile's present size (0 where it steps aside or the
     * tile has none), before any cap of {@link #capPicture}.
     */
    public int plannedPictureHeight() {
        if (picture == null) {
            return 0;
        }
        Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        int height = getHeight() - in.top - in.bottom;
        return width > 0 && height > 0 ? pictureHeight(width, height, Integer.MAX_VALUE) : 0;
    }

    /**
     * At most this tall a picture (0: none), so that every tile of a grid's row shows its picture
     * alike, or none does.
     */
    public void capPicture(int height) {
        if (pictureCap != height) {
            pictureCap = height;
            doLayout();
        }
    }

    /** The picture's height in this box, under the cap: 0 where the words leave it no room or it cannot be drawn. */
    private int pictureHeight(int width, int height, int cap) {
        float own = subtitleFont.primary().getSize2D();
        for (float size : new float[] {own, Math.max(minimumSize, own * 0.9f)}) {
            // A little slack under the words, so that rounding never cuts their last line.
            int pictureHeight = Math.min(cap, Math.min(Math.round(height * 0.5f),
                    height - textHeight(width, size) - gap - gap / 2));
            if (pictureHeight >= pictureMinimum) {
                return picture.canDrawAt(width, pictureHeight) ? pictureHeight : 0;
            }
        }
        return 0;
    }

    /**
     * A tile's size is set by the grid. The picture, where the tile has one, takes the top part;
     * under it the icon and the title, then the line. Where the line would not fit (longer
     * languages, larger text), it is set smaller, down to a floor, rather than cut off; where it
     * still does not fit, the picture steps aside. A tile without a picture shows its icon large
     * and quiet in the room below the line.
     */
    @Override
    public void doLayout() {
        Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        int height = getHeight() - in.top - in.bottom;
        if (width <= 0 || height <= 0) {
            return;
        }
        icon.setVisible(icon.getIcon() != null);
        boolean withPicture = picture != null;
        if (withPicture) {
            // The picture takes what the words leave, up to half the tile; the words first at their
            // own size, then a little smaller, before the picture steps aside.
            // Never an empty slot: a picture that cannot be drawn at the size left steps aside.
            float own = subtitleFont.primary().getSize2D();
            for (float size : new float[] {own, Math.max(minimumSize, own * 0.9f)}) {
                // A little slack under the words, so that rounding never cuts their last line.
                int pictureHeight = Math.min(pictureCap, Math.min(Math.round(height * 0.5f),
                        height - textHeight(width, size) - gap - gap / 2));
                if (pictureHeight >= pictureMinimum && picture.canDrawAt(width, pictureHeight)) {
                    picture.setVisible(true);
                    picture.setBounds(in.left, in.top, width, pictureHeight);
                    layText(in.left, in.top + pictureHeight + gap, width, height - pictureHeight - gap, size);
                    return;
                }
            }
            picture.setVisible(false);
            picture.setBounds(in.left, in.top, 0, 0);
        }
        if (!layText(in.left, in.top, width, height, minimumSize) && icon.isVisible()) {
            // Long words in a narrow tile: the title gets the icon's room too.
            icon.setVisible(false);
            layText(in.left, in.top, width, height, minimumSize);
        }
    }

    /** The height of icon, title and line at this width, the line at {@code size}. */
    private int textHeight(int width, float size) {
        int iconSide = icon.isVisible() ? icon.getPreferredSize().width : 0;
        int titleWidth = Math.max(1, width - (iconSide > 0 ? iconSide + gap : 0));
        int header = Math.max(label().heightForWidth(titleWidth), icon.isVisible() ? icon.getPreferredSize().height : 0);
        TextBlock measure = new TextBlock(subtitle.getText(), subtitleFont.atSize(size), "Kiosk.muted",
                TextBlock.Align.LEADING);
        return header + metrics14() + measure.heightForWidth(width);
    }

    /** Lays out icon, title and line in the box; whether the line fits it. */
    private boolean layText(int x, int y, int width, int height, float floor) {
        int iconSide = icon.isVisible() ? icon.getPreferredSize().width : 0;
        int titleX = x + (iconSide > 0 ? iconSide + gap : 0);
        int titleWidth = Math.max(1, width - (titleX - x));
        int titleHeight = label().heightForWidth(titleWidth);
        int headerHeight = Math.max(titleHeight, icon.isVisible() ? icon.getPreferredSize().height : 0);
        if (icon.isVisible()) {
            // The icon sits on the title's first line.
            int firstLine = Math.min(titleHeight, label().heightForWidth(Integer.MAX_VALUE / 4));
            int iconHeight = icon.getPreferredSize().height;
            icon.setBounds(x, y + Math.max(0, (firstLine - iconHeight) / 2), iconSide, iconHeight);
        }
        label().setBounds(titleX, y, titleWidth, titleHeight);
        int lineTop = y + headerHeight + metrics14();
        int room = y + height - lineTop;
        // Measured on a scratch copy, from the line's own size each time, so that a layout with the
        // picture that set it smaller does not leave it small when the picture steps aside.
        TextBlock measure = new TextBlock(subtitle.getText(), subtitleFont, "Kiosk.muted", TextBlock.Align.LEADING);
        FontStack stack = subtitleFont;
        while (measure.heightForWidth(width) > room && stack.primary().getSize2D() > floor * 1.001f) {
            stack = stack.atSize(stack.primary().getSize2D() * 0.9f);
            measure.setStack(stack);
        }
        if (subtitle.fonts().primary().getSize2D() != stack.primary().getSize2D()) {
            subtitle.setStack(stack);
        }
        int needed = measure.heightForWidth(width);
        subtitle.setBounds(x, lineTop, width, Math.max(0, room));
        if (watermark != null) {
            int side = watermark.getPreferredSize().width;
            boolean fits = picture == null && room - needed >= side + gap;
            watermark.setVisible(fits);
            watermark.setBounds(x + width - side, y + height - side, side, side);
        }
        return needed <= room;
    }

    /** A tile without a picture: its icon, large and quiet, in the corner below the line. */
    public void setWatermark(Icon large) {
        watermark = new JLabel(large);
        watermark.setName(getName() + ".watermark");
        add(watermark);
    }

    private int metrics14() {
        return Math.round(gap * 14f / 16f);
    }

    public String subtitleText() {
        return subtitle.getText();
    }
}
