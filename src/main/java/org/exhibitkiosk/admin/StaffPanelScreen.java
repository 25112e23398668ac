package org.exhibitkiosk.admin;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JPanel;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.BarChart;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The staff panel: versions, the printer and handouts, reload content, cleaning mode, leave kiosk
 * mode, log out, and two weeks of visits as charts. Reloading, printing and reading the statistics
 * run off the EDT. EDT only.
 */
public final class StaffPanelScreen extends JPanel {

    /** How long a first tap on "Leave kiosk mode" waits for the second. */

    /** The result of a reload: the new exhibit, or the problems that kept the old one on screen. */
    public record Reload(Exhibit exhibit, List<Problem> problems) {
    }

    /**
     * Visits as the panel charts them.
     *
     * @param days      sessions per day, oldest first, each labelled with its day of the month
     * @param languages languages chosen over those days, by language code
     */
    public record Visits(List<BarChart.Bar> days, List<BarChart.Bar> languages) {
        public Visits {
            days = List.copyOf(days);
            languages = List.copyOf(languages);
        }
    }

    /**
     * What the panel shows under "Versions".
     *
     * @param kiosk         the kiosk's version, null for a development build
     * @param java          the Java runtime, as "17.0.15 (Eclipse Adoptium)"
     * @param contentFolder the content folder's full path
     * @param configFolder  the config folder's full path
     */
    public record Versions(String kiosk, String java, String contentFolder, String configFolder) {
    }

    /** What the staff panel can ask of the kiosk. */
    public interface Actions {
        /** Reads content and config again, off the EDT. */
        CompletableFuture<Reload> reload();

        /** Shows a freshly loaded exhibit to visitors. */
        void useExhibit(Exhibit exhibit);

        /** Ends kiosk mode: the service does not restart the kiosk. */
        void leaveKioskMode();

        /** Closes the panel and ignores touches for a while, so the screen can be wiped. */
        void startCleaning();

        /** Closes the panel; visitors see the kiosk again. */
        void logOut();

        /**
         * The printer's state as one line in {@code language}, asked of CUPS off the EDT; empty for a
         * kiosk without printing.
         */
        default CompletableFuture<String> printerState(String language) {
            return CompletableFuture.completedFuture("");
        }

        /** The languages handouts can be printed in; empty for a kiosk without printing. */
        default List<KioskConfig.Language> handoutLanguages() {
            return List.of();
        }

        /**
         * Prints {@code copies} handouts in {@code language} off the EDT. Each copy's line, in
         * {@code staffLanguage}, goes to {@code progress} (on any thread); the future completes with the
         * batch's one-line summary.
         */
        default CompletableFuture<String> printHandouts(String language, int copies, Consumer<String> progress,
                                                        String staffLanguage) {
            return CompletableFuture.completedFuture("");
        }

        /**
         * The notices predefined in kiosk.yaml: id to its text in {@code language}, in order;
         * empty for none.
         */
        default Map<String, String> notices(String language) {
            return Map.of();
        }

        /** The id of the predefined notice switched on now, or null. */
        default String noticeOn() {
            return null;
        }

        /** Switches a predefined notice on over every screen; null switches it off. */
        default void switchNotice(String id) {
        }

        /** The last two weeks of visits, read off the EDT; null for none. */
        default CompletableFuture<Visits> visits() {
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * One button per predefined notice: a tap switches it on over every screen (the button then
     * stands out), a second tap switches it off. Null when kiosk.yaml predefines none.
     */
    private Row noticeRow(Actions actions, Metrics metrics, FontStack font) {
        Map<String, String> notices = actions.notices(language);
        if (notices.isEmpty()) {
            return null;
        }
        Row row = new Row(metrics.px(20));
        Map<String, TouchButton> buttons = new LinkedHashMap<>();
        for (Map.Entry<String, String> notice : notices.entrySet()) {
            String text = notice.getValue();
            String label = text.length() > 40 ? text.substring(0, 39).strip() + "\u2026" : text;
            TouchButton button = new TouchButton("staff.notice." + notice.getKey(), label, font,
                    notice.getKey().equals(actions.noticeOn()) ? "primary" : "pager", metrics);
            buttons.put(notice.getKey(), button);
            row.append(button, 1);
        }
        buttons.forEach((id, button) -> button.addActionListener(e -> {
            String next = id.equals(actions.noticeOn()) ? null : id;
            actions.switchNotice(next);
            buttons.forEach((other, b) -> {
                b.putClientProperty(FlatClientProperties.STYLE_CLASS, other.equals(next) ? "primary" : "pager");
                b.label().setColorKey(other.equals(next) ? "Kiosk.accentForeground" : "Kiosk.foreground");
            });
        }));
        return row;
    }

    private final TextBlock status;
    private final TouchButton reload;
    private final Exhibit exhibit;
    private final String language;

    /** @param failures where background work that failed is reported, once the panel says so */
    public StaffPanelScreen(Exhibit exhibit, String language, Metrics metrics, Supplier<Versions> versions,
                            Actions actions, Failures failures) {
        super(new GridBagLayout());
        this.exhibit = exhibit;
        this.language = language;
        setName("staff.panel");
        setOpaque(false);
        FontStack buttonFont = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(28));
        // A layout grid over the whole screen: the title across; beneath it, what the kiosk is
        // (versions, printer, handouts, the status line) on the left and what staff do on the right,
        // leaving kiosk mode set apart below the everyday buttons; the charts across the foot. In
        // portrait, one column in that order. It fits 1920x1080, 1280x800 and 1080x1920 without
        // scrolling; the surface scrolls (with its cue) only should a status run long.
        boolean portrait = metrics.isPortrait();
        Column column = new Column();
        TextBlock title = new TextBlock(exhibit.text(UiKey.STAFF_TITLE, language),
                exhibit.typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(metrics.font(48)), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        title.setName("staff.title");
        column.append(title, 0);

        Column info = new Column();
        TextBlock versionsHeading = new TextBlock(exhibit.text(UiKey.STAFF_VERSIONS, language),
                exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(24)), "Kiosk.accent",
                TextBlock.Align.LEADING);
        info.append(versionsHeading, 0);
        Versions shown = versions.get();
        TextBlock versionText = new TextBlock(exhibit.info().id() + " " + exhibit.info().contentVersion()
                + "\n" + exhibit.format(UiKey.STAFF_KIOSK_VERSION, language, shown.kiosk() != null ? shown.kiosk()
                        : exhibit.text(UiKey.STAFF_DEVELOPMENT_BUILD, language))
                + "\nJava " + shown.java()
                + "\n" + exhibit.format(UiKey.STAFF_CONTENT_FOLDER, language, shown.contentFolder())
                + "\n" + exhibit.format(UiKey.STAFF_CONFIG_FOLDER, language, shown.configFolder()),
                exhibit.typefaces().stack(FontStyle.BODY).atSize(metrics.font(24)), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        versionText.setName("staff.versions");
        versionText.setLanguage(language);
        info.append(versionText, metrics.px(8));

        if (!actions.handoutLanguages().isEmpty()) {
            info.append(new HandoutControls(exhibit, language, metrics, actions, failures, this::showStatus),
                    metrics.px(32));
        }

        status = new TextBlock(" ", exhibit.typefaces().stack(FontStyle.BODY).atSize(metrics.font(22)),
                "Kiosk.muted", TextBlock.Align.LEADING);
        status.setName("staff.status");
        status.setLanguage(language);
        info.append(status, metrics.px(24));

        // The everyday buttons, one above the other, each as wide as the column.
        Column tasks = new Column();
        reload = new TouchButton("staff.reload", exhibit.text(UiKey.STAFF_RELOAD, language), buttonFont, "pager",
                metrics);
        TouchButton leave = new TouchButton("staff.leave", exhibit.text(UiKey.STAFF_LEAVE_KIOSK, language),
                buttonFont, "pager", metrics);
        TouchButton logOut = new TouchButton("staff.log-out", exhibit.text(UiKey.STAFF_LOG_OUT, language),
                buttonFont, "primary", metrics);
        TouchButton cleaning = new TouchButton("staff.cleaning", exhibit.text(UiKey.STAFF_CLEANING, language),
                buttonFont, "pager", metrics);
        tasks.append(reload, 0);
        tasks.append(cleaning, metrics.px(20));
        tasks.append(logOut, metrics.px(20));
        // The predefined notices, switched on and off here: under the status, where the row has room.
        Row notices = noticeRow(actions, metrics, buttonFont);
        if (notices != null) {
            info.append(notices, metrics.px(24));
        }

        // Leaving kiosk mode ends the exhibit until someone starts it again: set apart from the
        // everyday buttons, and asked twice.
        Column leaving = new Column();
        leaving.setName("staff.leaving");
        TextBlock confirmText = new TextBlock(exhibit.text(UiKey.STAFF_LEAVE_KIOSK_CONFIRM, language),
                exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(24)), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        confirmText.setName("staff.leave.question");
        confirmText.setLanguage(language);
        TouchButton confirmLeave = new TouchButton("staff.leave.confirm", exhibit.text(UiKey.STAFF_LEAVE_KIOSK,
                language), buttonFont, "primary", metrics);
        TouchButton keepKiosk = new TouchButton("staff.leave.cancel", exhibit.text(UiKey.STAFF_CANCEL, language),
                buttonFont, "pager", metrics);
        // Each as wide as its label needs at least, so neither label wraps.
        Row confirmRow = new Row(metrics.px(20));
        confirmRow.append(keepKiosk, keepKiosk.getPreferredSize().width);
        confirmRow.append(confirmLeave, confirmLeave.getPreferredSize().width);
        leaving.append(leave, 0);
        leaving.append(confirmText, 0);
        leaving.append(confirmRow, metrics.px(12));
        confirmText.setVisible(false);
        confirmRow.setVisible(false);
        tasks.append(leaving, metrics.px(56));

        float infoWeight = 3;
        float tasksWeight = 2;
        if (portrait) {
            column.append(info, metrics.px(32));
            column.append(tasks, metrics.px(40));
        } else {
            // The buttons' column as wide as its longest label needs (two fifths at least), so none
            // wraps; what the kiosk is gets the rest.
            int room = metrics.width() - 2 * metrics.px(96) - metrics.px(28);
            int tasksWidth = Math.round(room * 0.4f);
            for (TouchButton button : List.of(reload, cleaning, logOut, leave)) {
                tasksWidth = Math.max(tasksWidth, button.getPreferredSize().width);
            }
            tasksWidth = Math.max(tasksWidth, keepKiosk.getPreferredSize().width + metrics.px(20)
                    + confirmLeave.getPreferredSize().width);
            infoWeight = room - metrics.px(72) - tasksWidth;
            tasksWeight = tasksWidth;
            Row grid = new Row(metrics.px(72));
            grid.append(info, infoWeight);
            grid.append(tasks, tasksWeight);
            column.append(grid, metrics.px(32));
        }

        // Visit statistics of the last two weeks, as charts, filled in once read off the EDT.
        FontStack chartFont = exhibit.typefaces().stack(FontStyle.BODY).atSize(metrics.font(18));
        FontStack chartTitle = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(metrics.font(22));
        Column sessionsChart = new Column();
        sessionsChart.append(new TextBlock(exhibit.text(UiKey.STAFF_CHART_SESSIONS, language), chartTitle,
                "Kiosk.accent", TextBlock.Align.LEADING), 0);
        Column languagesChart = new Column();
        languagesChart.append(new TextBlock(exhibit.text(UiKey.STAFF_CHART_LANGUAGES, language), chartTitle,
                "Kiosk.accent", TextBlock.Align.LEADING), 0);
        Row charts = new Row(metrics.px(72));
        // On the grid's columns.
        charts.append(sessionsChart, infoWeight);
        charts.append(languagesChart, tasksWeight);
        column.append(charts, metrics.px(portrait ? 56 : 40));
        int chartHeight = metrics.px(170);
        // The charts' room is kept from the start, so the panel does not grow when they arrive.
        JPanel sessionsRoom = chartRoom(chartHeight);
        JPanel languagesRoom = chartRoom(chartHeight);
        sessionsChart.append(sessionsRoom, metrics.px(8));
        languagesChart.append(languagesRoom, metrics.px(8));
        Threads.thenOnEdt(actions.visits(), failures, visits -> {
            if (visits == null) {
                return;
            }
            sessionsRoom.add(new BarChart("staff.chart.sessions", visits.days(), chartFont, chartHeight));
            languagesRoom.add(new BarChart("staff.chart.languages", visits.languages(), chartFont, chartHeight));
            revalidate();
            repaint();
        }, error -> showFailure(Failures.oneLine(error)));

        reload.addActionListener(e -> {
            reload.setEnabled(false);
            status.setText("\u2026");
            Threads.thenOnEdt(actions.reload(), failures, result -> {
                reload.setEnabled(true);
                if (result.exhibit() != null) {
                    actions.useExhibit(result.exhibit());
                    status.setText(exhibit.text(UiKey.STAFF_RELOADED, language) + "  ("
                            + result.exhibit().info().contentVersion() + ")");
                    status.setColorKey("Kiosk.muted");
                } else {
                    showProblems(result.problems());
                }
            }, error -> {
                reload.setEnabled(true);
                showFailure(exhibit.text(UiKey.STAFF_RELOAD_FAILED, language) + "\n" + Failures.oneLine(error));
            });
        });
        leave.addActionListener(e -> {
            leave.setVisible(false);
            confirmText.setVisible(true);
            confirmRow.setVisible(true);
            revalidate();
            repaint();
        });
        keepKiosk.addActionListener(e -> {
            leave.setVisible(true);
            confirmText.setVisible(false);
            confirmRow.setVisible(false);
            revalidate();
            repaint();
        });
        confirmLeave.addActionListener(e -> actions.leaveKioskMode());
        cleaning.addActionListener(e -> actions.startCleaning());
        logOut.addActionListener(e -> actions.logOut());

        // The panel takes the screen inside the exhibit's margins; should it ever be taller (a long
        // status), it scrolls with the cue every tall text has.
        JPanel holder = new JPanel(new BorderLayout());
        holder.setOpaque(false);
        holder.add(new GestureSurface("staff.surface", column, metrics, null));
        int margin = metrics.px(portrait ? 72 : 96);
        holder.setPreferredSize(new Dimension(metrics.width() - 2 * margin, metrics.height() - 2 * metrics.px(48)));
        add(holder);
    }

    private static JPanel chartRoom(int height) {
        JPanel room = new JPanel(new BorderLayout()) {
            @Override
            public Dimension getPreferredSize() {
                return new Dimension(super.getPreferredSize().width, height);
            }
        };
        room.setOpaque(false);
        return room;
    }

    private void showStatus(String text) {
        status.setText(text);
        status.setColorKey("Kiosk.muted");
        revalidate();
    }

    private void showFailure(String text) {
        status.setText(text);
        status.setColorKey("Kiosk.accent");
        revalidate();
    }

    private void showProblems(List<Problem> problems) {
        StringBuilder text = new StringBuilder(exhibit.text(UiKey.STAFF_RELOAD_FAILED, language));
        problems.stream().limit(8).forEach(problem -> text.append('\n').append(problem));
        if (problems.size() > 8) {
            text.append("\n\u2026 (").append(problems.size() - 8).append(")");
        }
        status.setText(text.toString());
        status.setColorKey("Kiosk.accent");
        revalidate();
    }

    /** The line under the buttons (for tests). */
    public String statusText() {
        return status.getText();
    }
}
