package org.exhibitkiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.text.FontStack;

/**
 * A button for fingers: acts on a press and release within the tap tolerance, shows its pressed
 * state at once, and hands a press that turns into a drag to the swipe or scroll around it. Its
 * label is set in runs of the bundled fonts. No hover, no focus ring, no tooltip. EDT only.
 */
public class TouchButton extends JButton implements HeightForWidth {

    private final TextBlock label;
    private final int tolerance;
    private Point pressedAt;
    private Gestures handedTo;
    private JLabel icon;
    private int iconGap;

    public TouchButton(String name, String text, FontStack font, String styleClass, Metrics metrics) {
        setName(name);
        this.tolerance = Math.max(6, metrics.px(Gestures.TAP_TOLERANCE));
        setLayout(new BorderLayout());
        label = new TextBlock(text, font, styleClass.startsWith("primary") ? "Kiosk.accentForeground"
                : "Kiosk.foreground", TextBlock.Align.CENTER) {
            @Override
            public Dimension getPreferredSize() {
                // In a BorderLayout's north, the label needs its height at the button's width.
                int width = TouchButton.this.getWidth() - TouchButton.this.getInsets().left
                        - TouchButton.this.getInsets().right;
                return new Dimension(naturalWidth(), heightForWidth(width > 0 ? width : naturalWidth()));
            }
        };
        label.setName(name + ".label");
        add(label, BorderLayout.CENTER);
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        getAccessibleContext().setAccessibleName(text);
        setFocusable(false);
        setRolloverEnabled(false);
        setRequestFocusEnabled(false);
        int pad = metrics.px(14);
        // FlatLaf draws the rounded outline around the margin; an own border would replace it.
        setMargin(new Insets(pad, pad * 2, pad, pad * 2));
        label.setVerticallyCentered(true);
        setMinimumSize(new Dimension(metrics.target(), metrics.target()));
        TapTracker tracker = new TapTracker();
        addMouseListener(tracker);
        addMouseMotionListener(tracker);
    }

    /**
     * Puts an icon before the label (both centred together), drawn in the label's colour; see
     * {@link Icons}. Returns this button.
     */
    public TouchButton withIcon(String id, Metrics metrics) {
        int side = Math.round(label.fonts().primary().getSize2D() * 1.1f);
        if (icon != null) {
            remove(icon);
        }
        icon = new JLabel(Icons.icon(id, side, label.colorKey()));
        icon.setName(getName() + ".icon");
        iconGap = metrics.px(12);
        add(icon, BorderLayout.WEST);
        revalidate();
        return this;
    }

    private int iconWidth() {
        return icon == null ? 0 : icon.getPreferredSize().width + iconGap;
    }

    /** With an icon, icon and label are centred as one; without, the label fills the button. */
    @Override
    public void doLayout() {
        if (icon == null || !(getLayout() instanceof BorderLayout)) {
            super.doLayout();
            return;
        }
        Insets insets = getInsets();
        int width = getWidth() - insets.left - insets.right;
        int height = getHeight() - insets.top - insets.bottom;
        int labelWidth = Math.max(1, Math.min(label.naturalWidth(), width - iconWidth()));
        int start = insets.left + Math.max(0, (width - iconWidth() - labelWidth) / 2);
        Dimension iconSize = icon.getPreferredSize();
        icon.setBounds(start, insets.top + (height - iconSize.height) / 2, iconSize.width, iconSize.height);
        label.setBounds(start + iconWidth(), insets.top, labelWidth, height);
    }

    /** The label as the visitor reads it. */
    public String labelText() {
        return label.getText();
    }

    public TextBlock label() {
        return label;
    }

    public void setLabelText(String text) {
        label.setText(text);
        getAccessibleContext().setAccessibleName(text);
    }

    /** Tiles and bars set the size; alone, a button is as large as its label and a touch target. */
    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets insets = getInsets();
        int width = label.naturalWidth() + iconWidth() + insets.left + insets.right;
        int height = label.heightForWidth(label.naturalWidth()) + insets.top + insets.bottom;
        int target = getMinimumSize().height;
        return new Dimension(Math.max(target, width), Math.max(target, height));
    }

    @Override
    public int heightForWidth(int width) {
        Insets insets = getInsets();
        int needed = Math.max(getMinimumSize().height,
                label.heightForWidth(width - insets.left - insets.right - iconWidth()) + insets.top + insets.bottom);
        return isPreferredSizeSet() ? Math.max(getPreferredSize().height, needed) : needed;
    }

    /** Cancels a press that moved too far, and passes the movement on as a drag. */
    private final class TapTracker extends MouseAdapter {
        @Override
        public void mousePressed(MouseEvent e) {
            pressedAt = e.getLocationOnScreen();
            handedTo = null;
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            if (pressedAt == null) {
                return;
            }
            Point now = e.getLocationOnScreen();
            if (handedTo == null && pressedAt.distance(now) > tolerance) {
                getModel().setArmed(false);
                getModel().setPressed(false);
                handedTo = gesturesAround(TouchButton.this);
                if (handedTo != null) {
                    handedTo.dragStarted(pressedAt);
                }
            }
            if (handedTo != null) {
                handedTo.dragged(now);
            }
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            if (handedTo != null) {
                handedTo.dragEnded(e.getLocationOnScreen());
            }
            handedTo = null;
            pressedAt = null;
        }
    }

    private static Gestures gesturesAround(Component component) {
        Component parent = component.getParent();
        while (parent != null && !(parent instanceof Gestures)) {
            parent = parent.getParent();
        }
        return (Gestures) parent;
    }

    /** Finds the gesture surface around any component (for other touch components). */
    public static Gestures surfaceAround(Component component) {
        return gesturesAround(component);
    }

    static Point toScreen(MouseEvent e) {
        Point p = e.getPoint();
        SwingUtilities.convertPointToScreen(p, e.getComponent());
        return p;
    }
}
