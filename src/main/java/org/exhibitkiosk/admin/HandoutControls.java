package org.exhibitkiosk.admin;

import java.util.List;
import java.util.function.Consumer;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Row;
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

        Row row = new Row(metrics.px(16));
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
        row.append(languageButton, 2);
        row.append(fewer, 1);
        row.append(copiesText, 1);
        row.append(more, 1);
        row.append(print, 3);
        append(row, metrics.px(16));
    }

    private void setCopies(int wanted) {
        copies = Math.max(1, Math.min(MAX_COPIES, wanted));
        copiesText.setText(String.valueOf(copies));
    }
}
