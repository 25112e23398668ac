package org.exhibitkiosk.admin;

import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.HeightForWidth;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The staff panel's printer part: the printer's state as CUPS reports it, and handouts: a
 * language, a number of copies, and a button that prints them, each copy's outcome shown as it
 * ends. The state is asked off the EDT and shown when it comes. EDT only.
 */
final class HandoutControls extends Column {

    private static final int MAX_COPIES = 100;

    private final List<KioskConfig.Language> languages;
    private final TouchButton languageButton;
    private final TextBlock copiesText;
    private final TouchButton print;
    private int languageIndex;
    private int copies = 10;

    HandoutControls(Exhibit exhibit, String staffLanguage, Metrics metrics, StaffPanelScreen.Actions actions,
                    Failures failures, Consumer<String> status) {
        this.languages = actions.handoutLanguages();
        FontStack label = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(24));
        FontStack text = exhibit.typefaces().stack(FontStyle.BODY).atSize(metrics.font(24));
        FontStack button = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(28));

        TextBlock heading = new TextBlock(exhibit.text(UiKey.STAFF_PRINTER, staffLanguage), label, "Kiosk.accent",
                TextBlock.Align.LEADING);
        append(heading, 0);
        TextBlock state = new TextBlock("\u2026", text, "Kiosk.foreground", TextBlock.Align.LEADING);
        state.setName("staff.printer-state");
        append(state, metrics.px(8));
        Threads.thenOnEdt(actions.printerState(staffLanguage), failures, line -> {
            state.setText(line);
            revalidate();
        }, error -> {
            state.setText(Failures.oneLine(error));
            revalidate();
        });

        languageButton = new TouchButton("staff.handouts.language", languages.get(0).name(), button, "pager", metrics);
        languageButton.addActionListener(e -> {
            languageIndex = (languageIndex + 1) % languages.size();
            languageButton.setLabelText(languages.get(languageIndex).name());
        });
        TouchButton fewer = new TouchButton("staff.handouts.fewer", "\u2013", button, "pager", metrics);
        copiesText = new TextBlock(String.valueOf(copies), button, "Kiosk.foreground", TextBlock.Align.CENTER);
        copiesText.setName("staff.handouts.copies");
        copiesText.setVerticallyCentered(true);
        TouchButton more = new TouchButton("staff.handouts.more", "+", button, "pager", metrics);
        fewer.addActionListener(e -> setCopies(copies - 1));
        more.addActionListener(e -> setCopies(copies + 1));
        print = new TouchButton("staff.handouts", exhibit.text(UiKey.STAFF_HANDOUTS, staffLanguage), button,
                "primary", metrics);
        print.addActionListener(e -> {
            print.setEnabled(false);
            status.accept("\u2026");
            Threads.thenOnEdt(actions.printHandouts(languages.get(languageIndex).code(), copies,
                    line -> Threads.onEdt(() -> status.accept(line)), staffLanguage), failures, summary -> {
                        print.setEnabled(true);
                        status.accept(summary);
                    }, error -> {
                        print.setEnabled(true);
                        status.accept(Failures.oneLine(error));
                    });
        });
        // The language button as wide as its longest name, so it does not change width as it turns.
        int languageWidth = 0;
        for (KioskConfig.Language language : languages) {
            languageWidth = Math.max(languageWidth, new TouchButton("staff.handouts.measure", language.name(), button,
                    "pager", metrics).getPreferredSize().width);
        }
        int step = metrics.target();
        append(new ControlsRow(metrics.px(16), new Component[] {languageButton, fewer, copiesText, more, print},
                new int[] {languageWidth, step, step, step, print.getPreferredSize().width}, step), metrics.px(16));
    }

    private void setCopies(int wanted) {
        copies = Math.max(1, Math.min(MAX_COPIES, wanted));
        copiesText.setText(String.valueOf(copies));
    }

    /**
     * The handout controls on one line, each at least as wide as its label needs and the rest shared
     * out by those widths; where the print button does not fit beside the others (a narrow column,
     * a long label), it goes on a line of its own beneath, the width of the column. No label wraps.
     */
    private static final class ControlsRow extends JPanel implements HeightForWidth {
        private final Component[] parts;
        private final int[] widths;
        private final int gap;
        private final int lineHeight;

        ControlsRow(int gap, Component[] parts, int[] widths, int lineHeight) {
            super(null);
            setOpaque(false);
            this.parts = parts.clone();
            this.widths = widths.clone();
            this.gap = gap;
            this.lineHeight = lineHeight;
            for (Component part : parts) {
                add(part);
            }
        }

        private boolean oneLine(int width) {
            return needed(parts.length) <= width;
        }

        private int needed(int count) {
            int sum = gap * (count - 1);
            for (int i = 0; i < count; i++) {
                sum += widths[i];
            }
            return sum;
        }

        @Override
        public int heightForWidth(int width) {
            return oneLine(width) ? lineHeight : 2 * lineHeight + gap;
        }

        @Override
        public Dimension getPreferredSize() {
            int width = getWidth() > 0 ? getWidth() : needed(parts.length);
            return new Dimension(width, heightForWidth(width));
        }

        @Override
        public void doLayout() {
            int width = getWidth();
            int count = oneLine(width) ? parts.length : parts.length - 1;
            int spare = Math.max(0, width - needed(count));
            int total = needed(count) - gap * (count - 1);
            int x = 0;
            for (int i = 0; i < count; i++) {
                int w = i == count - 1 ? width - x : widths[i] + spare * widths[i] / Math.max(1, total);
                parts[i].setBounds(x, 0, w, lineHeight);
                x += w + gap;
            }
            if (count < parts.length) {
                parts[parts.length - 1].setBounds(0, lineHeight + gap, width, lineHeight);
            }
        }
    }
}
