package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.JPanel;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.HeightForWidth;
import org.exhibitkiosk.ui.QrView;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * Taking a summary home: choose the language (or the pair, for a bilingual edition), confirm,
 * "Printing…", then "Please take your summary" or a kind message that sends the visitor to
 * staff. What to show comes in a {@link View}; touches go to {@link Actions}. EDT only; no I/O.
 */
public final class PrintScreen extends JPanel {

    /** Where the visitor is in taking a summary. */
    public enum Step { CHOOSE, CONFIRM, PRINTING, DONE, MESSAGE }

    /**
     * What the screen shows.
     *
     * @param step    the step
     * @param choices the editions a visitor can choose, each its languages in print order
     * @param chosen  the chosen edition (CONFIRM, PRINTING, DONE), else empty
     * @param message the message of the MESSAGE step (unavailable, failed, a limit), else null
     * @param link    what the printed summary's QR code carries (the exhibit's web page), offered
     *                on screen as a QR code when nothing can be printed; null for none
     */
    public record View(Step step, List<List<String>> choices, List<String> chosen, UiKey message, String link) {
        public View {
            choices = List.copyOf(choices);
            chosen = List.copyOf(chosen);
        }
    }

    /** What the visitor's touches ask. */
    public interface Actions {
        void choose(List<String> languages);

        void confirm();

        void cancel();
    }

    public PrintScreen(ScreenContext ctx, View view, Actions actions) {
        super(new GridBagLayout());
        setName("screen.print");
        setOpaque(false);
        boolean portrait = ctx.metrics().isPortrait();
        Column column = new Column();
        TextBlock title = new TextBlock(ctx.ui(UiKey.PRINT_TITLE), ctx.font(FontStyle.DISPLAY_BOLD, portrait ? 64 : 56),
                "Kiosk.foreground", TextBlock.Align.CENTER);
        title.setName("print.title");
        column.append(title, 0);

        switch (view.step()) {
            case CHOOSE -> {
                column.append(line(ctx, "print.choose-language", ctx.ui(UiKey.PRINT_CHOOSE_LANGUAGE), "Kiosk.muted"),
                        ctx.px(24));
                Column buttons = new Column();
                boolean first = true;
                for (List<String> choice : view.choices()) {
                    TouchButton button = new TouchButton("print.language." + String.join("-", choice),
                            editionName(ctx, choice), ctx.font(FontStyle.BODY_BOLD, 34), "language", ctx.metrics());
                    if (portrait) {
                        // A portrait panel has the height: buttons a hand finds from a step back.
                        button.setMinimumSize(new Dimension(ctx.metrics().target(), ctx.px(128)));
                    }
                    button.addActionListener(e -> actions.choose(choice));
                    buttons.append(button, first ? 0 : ctx.px(portrait ? 28 : 18));
                    first = false;
                }
                column.append(buttons, ctx.px(36));
                column.append(cancelRow(ctx, actions, null), ctx.px(36));
            }
            case CONFIRM -> {
                column.append(line(ctx, "print.chosen", editionName(ctx, view.chosen()), "Kiosk.accent"), ctx.px(28));
                TouchButton confirm = new TouchButton("print.confirm", ctx.ui(UiKey.PRINT_CONFIRM),
                        ctx.font(FontStyle.BODY_BOLD, 34), "primary", ctx.metrics());
                confirm.withIcon("printer", ctx.metrics());
                confirm.addActionListener(e -> actions.confirm());
                column.append(cancelRow(ctx, actions, confirm), ctx.px(48));
            }
            case PRINTING -> column.append(line(ctx, "print.printing", ctx.ui(UiKey.PRINT_PRINTING), "Kiosk.accent"),
                    ctx.px(36));
            case DONE -> column.append(line(ctx, "print.done", ctx.ui(UiKey.PRINT_DONE), "Kiosk.accent"), ctx.px(36));
            case MESSAGE -> {
                // Nothing to print: the visitor still takes the summary home, on their phone. Home is
                // on the bar below, as on every screen.
                column.append(line(ctx, "print.message", ctx.ui(view.message()), "Kiosk.accent"), ctx.px(36));
                if (view.link() != null && portrait) {
                    // The code large, the words beneath it: a phone finds it from where the visitor stands.
                    int side = ctx.px(440);
                    JPanel code = new JPanel(new FlowLayout(FlowLayout.CENTER, 0, 0));
                    code.setOpaque(false);
                    code.add(new QrView("print.qr", view.link(), side));
                    Column offer = new Column();
                    offer.append(new FixedHeight(code, side), 0);
                    TextBlock scan = new TextBlock(ctx.ui(UiKey.PRINT_SCAN_TO_TAKE_HOME),
                            ctx.reading(FontStyle.BODY, 34), "Kiosk.foreground", TextBlock.Align.CENTER);
                    scan.setName("print.scan");
                    offer.append(scan, ctx.px(32));
                    column.append(offer, ctx.px(64));
                } else if (view.link() != null) {
                    Row offer = new Row(ctx.px(40));
                    JPanel code = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
                    code.setOpaque(false);
                    int side = Math.min(ctx.px(300), Math.max(ctx.metrics().target() * 2, ctx.px(260)));
                    code.add(new QrView("print.qr", view.link(), side));
                    offer.append(code, 1);
                    TextBlock scan = new TextBlock(ctx.ui(UiKey.PRINT_SCAN_TO_TAKE_HOME),
                            ctx.reading(FontStyle.BODY, 30), "Kiosk.foreground", TextBlock.Align.LEADING);
                    scan.setName("print.scan");
                    scan.setVerticallyCentered(true);
                    offer.append(scan, 1);
                    column.append(new FixedHeight(offer, side), ctx.px(48));
                }
            }
        }

        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        int side = ctx.metrics().isPortrait() ? 80 : 220;
        c.insets = new Insets(0, ctx.px(side), 0, ctx.px(side));
        add(new SizedByWidth(column), c);
    }

    private static TextBlock line(ScreenContext ctx, String name, String text, String colorKey) {
        TextBlock line = new TextBlock(text, ctx.font(FontStyle.DISPLAY, 38), colorKey, TextBlock.Align.CENTER);
        line.setName(name);
        return line;
    }

    private static Row cancelRow(ScreenContext ctx, Actions actions, TouchButton confirm) {
        Row row = new Row(ctx.px(24));
        TouchButton cancel = new TouchButton("print.cancel", ctx.ui(UiKey.PRINT_CANCEL),
                ctx.font(FontStyle.BODY_BOLD, 30), "pager", ctx.metrics());
        cancel.addActionListener(e -> actions.cancel());
        row.append(cancel, 1);
        if (confirm != null) {
            row.append(confirm, 1);
        }
        return row;
    }

    /** A row (or the code alone) at least as tall as the QR code. */
    private static final class FixedHeight extends JPanel implements HeightForWidth {
        private final Component row;
        private final int minimum;

        FixedHeight(Component row, int minimum) {
            super(new BorderLayout());
            this.row = row;
            this.minimum = minimum;
            setOpaque(false);
            add(row);
        }

        @Override
        public int heightForWidth(int width) {
            return Math.max(minimum, HeightForWidth.of(row, width));
        }
    }

    /** "Հայերեն", or "English + Հայերեն" for a bilingual edition: each name in its own script. */
    private static String editionName(ScreenContext ctx, List<String> languages) {
        return String.join(" + ", languages.stream().map(ctx::languageName).toList());
    }
}
