package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.admin.PinGate;
import org.exhibitkiosk.admin.PinPadScreen;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.attract.AttractLoop;
import org.exhibitkiosk.attract.AttractScenes;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.screens.Place;
import org.exhibitkiosk.screens.PrintScreen;
import org.exhibitkiosk.screens.ScreenContext;
import org.exhibitkiosk.screens.VisitorActions;
import org.exhibitkiosk.testing.ScreenChecks;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.BarChart;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;
import org.exhibitkiosk.ui.TouchButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen of the shipped exhibit in every language, at 1920x1080, 1080x1920 and 1280x800 and
 * at every text size, laid out and painted off screen (no window), and checked for what a visitor
 * would notice ({@link ScreenChecks}): placeholders, missing glyphs, words or figures broken across
 * lines, text cut off without a scroll cue, small targets. Also writes one contact sheet per
 * language, size and text size under target/contact-sheets/ for a designer to look at (every screen
 * at full size as well with {@code -Dsweep.full=true}).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScreenSweepTest {

    private static final Path SHEETS = Path.of(System.getProperty("project.build.directory", "target"),
            "contact-sheets");
    private static final int THUMB_WIDTH = 480;
    private static final String LINK = "https://example.org/exhibitions/zangezur-1919";

    private static Exhibit exhibit;
    private static KioskConfig config;
    private static PinHash pin;

    @BeforeAll
    static void readExhibit(@TempDir Path temp) throws Exception {
        SwingUtilities.invokeAndWait(Theme::install);
        // The shipped config with motion cut, so that every screen is in place at once.
        Path configFolder = temp.resolve("config");
        Files.createDirectories(configFolder);
        try (Stream<Path> files = Files.list(TestFolders.SHIPPED_CONFIG)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configFolder.resolve(file.getFileName()));
            }
        }
        Path yaml = configFolder.resolve("kiosk.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("reducedMotion: false", "reducedMotion: true"));
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, configFolder);
        assertThat(outcome.problems()).isEmpty();
        exhibit = outcome.exhibit().orElseThrow();
        config = outcome.config().config().orElseThrow();
        assertThat(config.display().reducedMotion()).isTrue();
        pin = PinHash.create("1919".toCharArray());
    }

    /**
     * Every size and text step; {@code -Dsweep.sizes=1080x1920,1280x800} and {@code -Dsweep.steps=0,2}
     * keep some of them (and {@code -Dsweep.languages=hy} some languages), for a quick look at one.
     */
    static Stream<Arguments> sizesAndSteps() {
        List<Arguments> all = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1920, 1080), new Dimension(1080, 1920), new Dimension(1280, 800))) {
            for (int step = 0; step < Metrics.textSteps(); step++) {
                if (chosen("sweep.sizes", size.width + "x" + size.height) && chosen("sweep.steps", "" + step)) {
                    all.add(Arguments.of(size.width, size.height, step));
                }
            }
        }
        return all.stream();
    }

    private static boolean chosen(String property, String value) {
        String only = System.getProperty(property, "");
        return only.isBlank() || List.of(only.split(",")).contains(value);
    }

    @ParameterizedTest(name = "{0}x{1}, text step {2}")
    @MethodSource("sizesAndSteps")
    void everyScreenInEveryLanguageIsWhole(int width, int height, int step) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String language : config.languageCodes()) {
            if (!chosen("sweep.languages", language)) {
                continue;
            }
            List<Shot> shots = new ArrayList<>();
            Dimension size = new Dimension(width, height);
            SwingUtilities.invokeAndWait(() -> sweep(language, size, step, shots, problems));
            staffPanel(language, size, step, shots, problems);
            writeSheet(language + "-" + width + "x" + height + "-step" + step, shots);
        }
        assertThat(problems).as("what a visitor would notice").isEmpty();
    }

    private record Shot(String name, BufferedImage image) {
    }

    private static void sweep(String language, Dimension size, int step, List<Shot> shots, List<String> problems) {
        String at = language + " " + size.width + "x" + size.height + " step " + step;
        VisitorShell shell = new VisitorShell(exhibit, config, null, error -> problems.add(at + ": " + error));
        shell.setSize(size);
        shell.fitTo(size);
        Metrics metrics = Metrics.of(size, config.display().scale(), step);
        check(at + " welcome", shell, metrics, shots, problems);

        shell.chooseLanguage(language);
        for (int i = 0; i < step; i++) {
            shell.nextTextSize();
        }
        check(at + " home", shell, metrics, shots, problems);
        for (Section section : exhibit.sections()) {
            for (int page = 0; page < section.panels().size(); page++) {
                shell.go(new Place.Reading(section.id(), page));
                String panel = section.panels().get(page).id();
                if (shell.showsContentNote()) {
                    check(at + " content note before " + panel, shell, metrics, shots, problems);
                    shell.acknowledgeContentNote();
                }
                check(at + " reader " + panel, shell, metrics, shots, problems);
            }
        }
        shell.go(new Place.KeyFacts());
        check(at + " key facts", shell, metrics, shots, problems);
        scrollTo(shell, "screen.key-facts.surface", "facts.side.");
        check(at + " key facts, contested figures", shell, metrics, shots, problems);
        shell.go(new Place.Perspectives());
        check(at + " perspectives", shell, metrics, shots, problems);
        shell.go(new Place.Credits());
        check(at + " credits", shell, metrics, shots, problems);
        shell.go(new Place.Print());
        check(at + " print, no printer", shell, metrics, shots, problems);

        // Two languages side by side, where a mixed group reads.
        shell.nextSecondLanguage();
        shell.go(new Place.Home());
        check(at + " home, two languages", shell, metrics, shots, problems);
        Section first = exhibit.sections().get(0);
        for (int page = 0; page < first.panels().size(); page++) {
            shell.go(new Place.Reading(first.id(), page));
            if (shell.showsContentNote()) {
                shell.acknowledgeContentNote();
            }
            check(at + " reader, two languages, " + first.panels().get(page).id(), shell, metrics, shots, problems);
        }
        shell.go(new Place.KeyFacts());
        check(at + " key facts, two languages", shell, metrics, shots, problems);
        shell.go(new Place.Perspectives());
        check(at + " perspectives, two languages", shell, metrics, shots, problems);

        ScreenContext ctx = new ScreenContext(exhibit, config.languages(), language, null, metrics, NO_ACTIONS);
        Dimension above = new Dimension(size.width, size.height - Math.round(140 * metrics.scale()));
        PrintScreen.Actions noPrint = new PrintScreen.Actions() {
            @Override
            public void choose(List<String> languages) {
            }

            @Override
            public void confirm() {
            }

            @Override
            public void cancel() {
            }
        };
        List<List<String>> editions = config.languageCodes().stream().map(List::of).toList();
        List<String> chosen = List.of(language);
        for (PrintScreen.View view : List.of(
                new PrintScreen.View(PrintScreen.Step.CHOOSE, editions, List.of(), null, LINK),
                new PrintScreen.View(PrintScreen.Step.CONFIRM, editions, chosen, null, LINK),
                new PrintScreen.View(PrintScreen.Step.PRINTING, editions, chosen, null, LINK),
                new PrintScreen.View(PrintScreen.Step.DONE, editions, chosen, null, LINK),
                new PrintScreen.View(PrintScreen.Step.MESSAGE, editions, List.of(), UiKey.PRINT_DAILY_LIMIT, LINK),
                new PrintScreen.View(PrintScreen.Step.MESSAGE, editions, List.of(), UiKey.PRINT_FAILED, LINK))) {
            check(at + " print " + view.step() + (view.message() == null ? "" : " " + view.message()),
                    framed(new PrintScreen(ctx, view, noPrint), above), metrics, shots, problems);
        }

        Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        PinGate gate = new PinGate(pin, 5, Duration.ofMinutes(5), clock, org.exhibitkiosk.config.PinLockout.inMemory());
        check(at + " PIN pad", framed(new PinPadScreen(exhibit, language, metrics, gate, clock,
                error -> { }, () -> { }, () -> { }), size), metrics, shots, problems);
        // The attract loop's texts in this language (and those in every language), as each scene
        // lays them over its picture, and "touch to begin".
        for (AttractLoop.Scene scene : AttractScenes.attract(exhibit, config.languageCodes())) {
            if (scene.language() == null || scene.language().equals(language)) {
                check(at + " attract" + (scene.picture() != null ? " map" : ""), framed(scene.build(metrics), size),
                        metrics, shots, problems);
            }
        }
        check(at + " attract, touch to begin",
                framed(AttractScenes.touchToBegin(exhibit, config.languageCodes()).build(metrics), size),
                metrics, shots, problems);
        for (AttractLoop.Scene scene : AttractScenes.closed(exhibit, config, clock)) {
            check(at + " closed", framed(scene.build(metrics), size), metrics, shots, problems);
        }
        check(at + " closed, touch to wake",
                framed(AttractScenes.closedFooter(exhibit, config.languageCodes()).build(metrics), size),
                metrics, shots, problems);
        check(at + " still there?", framed(SessionOverlays.stillThereCard(exhibit, metrics,
                config.languageCodes(), 30, () -> { }), size), metrics, shots, problems);
        shell.stop();
    }

    /**
     * The staff panel with its charts (they arrive on the EDT after the panel is made, as the
     * statistics do when read off it), then with leaving kiosk mode asked to be confirmed.
     */
    private static void staffPanel(String language, Dimension size, int step, List<Shot> shots, List<String> problems)
            throws Exception {
        String at = language + " " + size.width + "x" + size.height + " step " + step;
        Metrics metrics = Metrics.of(size, config.display().scale(), step);
        JComponent[] panel = new JComponent[1];
        SwingUtilities.invokeAndWait(() -> panel[0] = framed(new StaffPanelScreen(exhibit, language, metrics,
                () -> new StaffPanelScreen.Versions("1.0.0", "17.0.15 (Eclipse Adoptium)",
                        "/usr/share/exhibit-kiosk/exhibit-content", "/etc/exhibit-kiosk"),
                STAFF, error -> problems.add(at + " staff panel: " + error)), size));
        SwingUtilities.invokeAndWait(() -> {
            assertThat(find(panel[0], c -> "staff.chart.sessions".equals(c.getName()))).as("the charts").isNotNull();
            check(at + " staff panel", panel[0], metrics, shots, problems);
            ((TouchButton) find(panel[0], c -> "staff.leave".equals(c.getName()))).doClick();
            check(at + " staff panel, leave kiosk mode?", panel[0], metrics, shots, problems);
            assertThat(find(panel[0], c -> "staff.leave.confirm".equals(c.getName())).isShowing()
                    || find(panel[0], c -> "staff.leave.confirm".equals(c.getName())).isVisible())
                    .as("the confirmation").isTrue();
        });
    }

    /** Scrolls a surface so that the first component whose name starts with {@code prefix} is at its top. */
    private static void scrollTo(JComponent root, String surfaceName, String prefix) {
        GestureSurface surface = (GestureSurface) find(root, c -> surfaceName.equals(c.getName()));
        Component target = find(root, c -> c.getName() != null && c.getName().startsWith(prefix));
        assertThat(surface).as(surfaceName).isNotNull();
        assertThat(target).as(prefix).isNotNull();
        int y = SwingUtilities.convertPoint(target.getParent(), target.getLocation(), surface).y;
        surface.scrollTo(surface.scrollOffset() + y - Math.round(24 * Metrics.of(root.getSize(), 0, 0).scale()));
    }

    private static Component find(Container root, Predicate<Component> wanted) {
        for (Component child : root.getComponents()) {
            if (wanted.test(child)) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JComponent framed(JComponent screen, Dimension size) {
        JPanel frame = new JPanel(new BorderLayout());
        frame.setBackground(Theme.color("Kiosk.background"));
        frame.add(screen, BorderLayout.CENTER);
        frame.setSize(size);
        return frame;
    }

    private static void check(String where, JComponent root, Metrics metrics, List<Shot> shots, List<String> problems) {
        ScreenChecks.layOut(root);
        BufferedImage image = ScreenChecks.paint(root);
        problems.addAll(ScreenChecks.problems(where, root, metrics, true));
        shots.add(new Shot(where, image));
    }

    private static void writeSheet(String name, List<Shot> shots) {
        if (shots.isEmpty()) {
            return;
        }
        BufferedImage first = shots.get(0).image();
        int thumbHeight = THUMB_WIDTH * first.getHeight() / first.getWidth();
        int columns = 6;
        int rows = (shots.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * (THUMB_WIDTH + 8), rows * (thumbHeight + 8),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.DARK_GRAY);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (int i = 0; i < shots.size(); i++) {
                BufferedImage image = shots.get(i).image();
                g.drawImage(image, (i % columns) * (THUMB_WIDTH + 8) + 4, (i / columns) * (thumbHeight + 8) + 4,
                        THUMB_WIDTH, THUMB_WIDTH * image.getHeight() / image.getWidth(), null);
            }
        } finally {
            g.dispose();
        }
        try {
            Files.createDirectories(SHEETS);
            ImageIO.write(sheet, "png", SHEETS.resolve(name + ".png").toFile());
            if (!Boolean.getBoolean("sweep.full")) {
                return;
            }
            // With -Dsweep.full=true, the screens at full size too, for a closer look at one.
            Path full = SHEETS.resolve(name);
            Files.createDirectories(full);
            for (int i = 0; i < shots.size(); i++) {
                ImageIO.write(shots.get(i).image(), "png", full.resolve(String.format("%02d-%s.png", i,
                        shots.get(i).name().replaceAll("[^A-Za-z0-9.-]+", "_"))).toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final VisitorActions NO_ACTIONS = new VisitorActions() {
        @Override
        public void chooseLanguage(String language) {
        }

        @Override
        public void go(Place place) {
        }

        @Override
        public void turnPage(int delta) {
        }

        @Override
        public void acknowledgeContentNote() {
        }

        @Override
        public void declineContentNote() {
        }
    };

    private static final StaffPanelScreen.Actions STAFF = new StaffPanelScreen.Actions() {
        @Override
        public CompletableFuture<StaffPanelScreen.Reload> reload() {
            return new CompletableFuture<>();
        }

        @Override
        public void useExhibit(Exhibit exhibit) {
        }

        @Override
        public void leaveKioskMode() {
        }

        @Override
        public void startCleaning() {
        }

        @Override
        public void logOut() {
        }

        @Override
        public List<KioskConfig.Language> handoutLanguages() {
            return config.languages();
        }

        @Override
        public CompletableFuture<String> printerState(String language) {
            return CompletableFuture.completedFuture(exhibit.format(UiKey.STAFF_PRINTER_STOPPED, language, "kiosk")
                    + "\n" + exhibit.format(UiKey.STAFF_PRINTER_DETAIL, language, "Paused"));
        }

        @Override
        public CompletableFuture<String> printHandouts(String language, int copies, Consumer<String> progress,
                                                       String staffLanguage) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<StaffPanelScreen.Visits> visits() {
            List<BarChart.Bar> days = new ArrayList<>();
            for (int day = 1; day <= 14; day++) {
                days.add(new BarChart.Bar(Integer.toString(day), 20 + day * 3));
            }
            return CompletableFuture.completedFuture(new StaffPanelScreen.Visits(days,
                    config.languages().stream().map(l -> new BarChart.Bar(l.name(), 40)).toList()));
        }
    };
}
