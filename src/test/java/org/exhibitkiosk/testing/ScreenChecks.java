package org.exhibitkiosk.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.text.LineBreaks;
import org.exhibitkiosk.ui.BarChart;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Tile;
import org.exhibitkiosk.ui.TouchButton;

/**
 * What a visitor would notice on a laid-out screen, found without a window: a placeholder such as
 * {0} in drawn text, a character the font that draws it has no glyph for, a line broken inside a
 * word or a figure, text (or a chart) cut off without a scroll cue, a button whose label does not
 * stand on one line, a touch target under 80 px at 1080p (scaled with the screen, never under 48).
 * EDT only.
 */
public final class ScreenChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private ScreenChecks() {
    }

    /** Lays a component tree out at its current size until it settles (no window needed). */
    public static void layOut(Component root) {
        for (int pass = 0; pass < 4; pass++) {
            root.invalidate();
            layOutTree(root);
        }
    }

    private static void layOutTree(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOutTree(child);
            }
            container.validate();
        }
    }

    /** Paints the tree into a picture, as the screen would show it. */
    public static BufferedImage paint(JComponent root) {
        BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            root.printAll(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Every problem of the screen, each as one line naming the screen ({@code where}), the
     * component and the text.
     *
     * @param checkTargets false for parts whose targets another test owns
     */
    public static List<String> problems(String where, JComponent root, Metrics metrics, boolean checkTargets) {
        List<String> problems = new ArrayList<>();
        int smallest = Math.max(48, Math.round(80 * metrics.scale()));
        for (Component component : shown(root)) {
            if (component instanceof TextBlock text) {
                checkText(where, root, text, problems);
            }
            if (component instanceof TouchButton button && !(component instanceof Tile)) {
                checkLabel(where, button, problems);
            }
            if (component instanceof BarChart chart) {
                String clipped = clippedBy(chart, root);
                if (clipped != null) {
                    problems.add(where + ": chart " + chart.getName() + " is cut off by " + clipped);
                }
            }
            if (checkTargets && component instanceof TouchButton button && button.isEnabled()
                    && (button.getWidth() < smallest || button.getHeight() < smallest)) {
                problems.add(where + ": target " + button.getName() + " '" + abbreviate(button.labelText()) + "' is "
                        + button.getWidth() + "x" + button.getHeight() + " px, under " + smallest);
            }
        }
        problems.addAll(overlappingControls(where, root));
        return problems;
    }

    /**
     * Two controls (buttons, tiles) drawn over each other, as a bar squeezed below its buttons'
     * width lays them: each pair whose visible areas (as cut by their ancestors) intersect, one
     * line each.
     */
    public static List<String> overlappingControls(String where, JComponent root) {
        List<TouchButton> buttons = new ArrayList<>();
        List<Rectangle> areas = new ArrayList<>();
        for (Component component : shown(root)) {
            if (component instanceof TouchButton button) {
                Rectangle area = visibleArea(button, root);
                if (area != null) {
                    buttons.add(button);
                    areas.add(area);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            for (int j = i + 1; j < buttons.size(); j++) {
                if (SwingUtilities.isDescendingFrom(buttons.get(j), buttons.get(i))
                        || SwingUtilities.isDescendingFrom(buttons.get(i), buttons.get(j))) {
                    continue;
                }
                Rectangle overlap = areas.get(i).intersection(areas.get(j));
                // One pixel of rounding is not an overlap.
                if (overlap.width > 1 && overlap.height > 1) {
                    problems.add(where + ": controls " + buttons.get(i).getName() + " '"
                            + abbreviate(buttons.get(i).labelText()) + "' and " + buttons.get(j).getName() + " '"
                            + abbreviate(buttons.get(j).labelText()) + "' overlap by " + overlap.width + "x"
                            + overlap.height + " px");
                }
            }
        }
        return problems;
    }

    /** The part of a component a visitor can see, in the root's coordinates, or null. */
    private static Rectangle visibleArea(Component component, JComponent root) {
        Rectangle showing = new Rectangle(0, 0, component.getWidth(), component.getHeight());
        Component at = component;
        while (at != root && at.getParent() != null) {
            showing.translate(at.getX(), at.getY());
            Container parent = at.getParent();
            showing = showing.intersection(new Rectangle(0, 0, parent.getWidth(), parent.getHeight()));
            if (showing.isEmpty()) {
                return null;
            }
            at = parent;
        }
        return at == root ? showing : null;
    }

    /**
     * A button's label stands on one line, whole (a tile, with its title and line beneath, is not a
     * label): one that wraps or runs past the button reads as broken.
     */
    private static void checkLabel(String where, TouchButton button, List<String> problems) {
        TextBlock label = button.label();
        if (label.getParent() != button || !label.isVisible() || label.getWidth() <= 0
                || label.getText().contains("\n") || label.getText().isBlank()) {
            return;
        }
        int lines = label.lineTexts().size();
        if (lines > 1 || label.naturalWidth() > label.getWidth() + 1) {
            problems.add(where + ": button " + button.getName() + " '" + abbreviate(label.getText())
                    + "' does not hold its label on one line (" + lines + " lines, needs " + label.naturalWidth()
                    + " px, has " + label.getWidth() + ")");
        }
    }

    private static void checkText(String where, JComponent root, TextBlock text,
                                  List<String> problems) {
        String shown = text.getText();
        String label = where + ": " + text.getName() + " '" + abbreviate(shown) + "'";
        if (PLACEHOLDER.matcher(shown).find()) {
            problems.add(label + " shows a placeholder");
        }
        shown.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .filter(c -> !text.fonts().canDisplay(c)).distinct()
                .forEach(c -> problems.add(label + " has no glyph for U+" + String.format("%04X", c)));
        if (text.getWidth() <= 0) {
            return;
        }
        for (int start : text.lineStarts()) {
            if (start > 0 && shown.charAt(start - 1) != '\n' && !mayBreakBefore(shown, start)) {
                problems.add(label + " is broken inside a word or figure: '"
                        + shown.substring(Math.max(0, start - 12), start) + "|"
                        + shown.substring(start, Math.min(shown.length(), start + 8)) + "'");
            }
        }
        if (!text.fitsItsBounds()) {
            problems.add(label + " is cut off by its own box: needs " + text.heightForWidth(text.getWidth())
                    + " px at " + text.getWidth() + ", has " + text.getHeight());
        }
        String clipped = clippedBy(text, root);
        if (clipped != null) {
            problems.add(label + " is cut off without a scroll cue by " + clipped);
        }
    }

    /**
     * A break is allowed between a space or punctuation and what follows, never between two
     * letters (or a letter and its mark), nor inside a figure.
     */
    static boolean mayBreakBefore(String text, int offset) {
        int before = text.codePointBefore(offset);
        int after = text.codePointAt(offset);
        boolean wordBefore = Character.isLetterOrDigit(before) || Character.getType(before) == Character.NON_SPACING_MARK;
        boolean wordAfter = Character.isLetterOrDigit(after) || Character.getType(after) == Character.NON_SPACING_MARK;
        return !(wordBefore && wordAfter) && LineBreaks.figureAllowsBreakAt(text, offset);
    }

    /** The ancestor that cuts the text off where no scroll cue says there is more, or null. */
    private static String clippedBy(Component text, JComponent root) {
        // What of the text still shows, in the coordinates of each ancestor in turn.
        Rectangle showing = text.getBounds();
        for (Container parent = text.getParent(); parent != null; parent = parent.getParent()) {
            Rectangle area = new Rectangle(0, 0, parent.getWidth(), parent.getHeight());
            Rectangle tolerant = new Rectangle(area);
            // One pixel of rounding either way is not a cut.
            tolerant.grow(1, 1);
            if (!tolerant.contains(showing)) {
                boolean horizontallyInside = showing.x >= tolerant.x
                        && showing.x + showing.width <= tolerant.x + tolerant.width;
                if (!(parent instanceof GestureSurface surface && surface.showsScrollCue() && horizontallyInside)) {
                    return parent.getClass().getSimpleName() + (parent.getName() == null ? "" : " " + parent.getName())
                            + " (" + parent.getWidth() + "x" + parent.getHeight() + ", text at " + showing + ")";
                }
            }
            if (parent == root) {
                return null;
            }
            showing = showing.intersection(area);
            if (showing.isEmpty()) {
                return null;
            }
            showing.translate(parent.getX(), parent.getY());
        }
        return null;
    }

    /** The components a visitor can see: visible, with every ancestor visible, and some area. */
    private static List<Component> shown(Container root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Container container, List<Component> into) {
        for (Component child : container.getComponents()) {
            if (!child.isVisible() || child.getWidth() <= 0 || child.getHeight() <= 0) {
                continue;
            }
            into.add(child);
            if (child instanceof Container inner) {
                collect(inner, into);
            }
        }
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 48 ? line.substring(0, 48) + "..." : line;
    }
}
