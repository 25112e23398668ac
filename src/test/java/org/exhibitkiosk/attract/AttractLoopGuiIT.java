package org.exhibitkiosk.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.map.Java2DMapCanvas;
import org.exhibitkiosk.map.LabelLayout;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attract loop as a passer-by sees it, driven by its injectable clock: every configured
 * language on screen for the same time (within 5%), headlines of at least 96 pixels at 1080p
 * (scaled with the screen), something always moving, and a map pan that never crops what the
 * map must show whole (legend, scale, labels), at 1920x1080, 1080x1920 and 1280x800. Frames go
 * to target/screenshots/attract/ for review.
 */
@Timeout(value = 300, threadMode = ThreadMode.SEPARATE_THREAD)
class AttractLoopGuiIT {

    private static final Path SHOTS = Path.of("target", "screenshots", "attract");
    private static final List<String> LANGUAGES = List.of("en", "az", "hy");
    private static final double SCENE_SECONDS = 8;
    private static Exhibit exhibit;
    private JFrame frame;

    @BeforeAll
    static void readExhibit() {
        exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
        GuiActionRunner.execute(Theme::install);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en,az,hy", "hy,en", "az"})
    void everyConfiguredLanguageGetsTheSameTimeOnScreen(String configured) {
        List<String> languages = List.of(configured.split(","));
        AtomicLong nanos = new AtomicLong();
        AttractLoop loop = loop(languages, new Dimension(1920, 1080), nanos);
        List<AttractLoop.Scene> scenes = GuiActionRunner.execute(loop::scenes);
        Map<String, Double> seconds = new LinkedHashMap<>();
        languages.forEach(l -> seconds.put(l, 0.0));
        double cycle = scenes.size() * SCENE_SECONDS;
        double step = 0.1;
        for (double t = 0; t < cycle; t += step) {
            nanos.set((long) (t * 1e9));
            int index = GuiActionRunner.execute(loop::currentScene);
            String language = scenes.get(index).language();
            assertThat(language).as("scene %s belongs to a language", index).isNotNull();
            seconds.merge(language, step, Double::sum);
        }
        double fair = cycle / languages.size();
        for (Map.Entry<String, Double> entry : seconds.entrySet()) {
            assertThat(entry.getValue()).as("seconds of %s in one cycle", entry.getKey())
                    .isBetween(fair * 0.95, fair * 1.05);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1920x1080", "1080x1920", "1280x800"})
    void headlinesAreAtLeast96PixelsAt1080pScaledWithTheScreen(String size) {
        Dimension screen = dimension(size);
        Metrics metrics = Metrics.of(screen, 0, 0);
        List<AttractLoop.Scene> scenes = GuiActionRunner.execute(() -> AttractScenes.attract(exhibit, LANGUAGES));
        int headlines = 0;
        for (AttractLoop.Scene scene : scenes) {
            Column column = GuiActionRunner.execute(() -> scene.build(metrics));
            TextBlock first = (TextBlock) column.getComponent(0);
            if (first.getName().startsWith("attract.quote")) {
                continue;
            }
            headlines++;
            assertThat(first.fontSize()).as("the headline '%s'", first.getText())
                    .isGreaterThanOrEqualTo(96 * metrics.scale() - 0.01f);
        }
        assertThat(headlines).as("the title, the map's days and the slides").isGreaterThan(LANGUAGES.size() * 2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1920x1080", "1080x1920", "1280x800"})
    void thePanNeverCropsTheLegendTheScaleOrALabel(String size) throws IOException {
        Dimension screen = dimension(size);
        Metrics metrics = Metrics.of(screen, 0, 0);
        // A picture that paints the part it is told is always seen in one colour, the rest in another.
        Color seenColour = new Color(0, 200, 0);
        AtomicReference<Rectangle> seenGiven = new AtomicReference<>();
        AtomicReference<Dimension> sizeGiven = new AtomicReference<>();
        List<AttractLoop.Scene> scenes = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            int thisPart = part;
            AttractLoop.Picture picture = new AttractLoop.Picture() {
                @Override
                public BufferedImage render(int width, int height, Rectangle seen, float unit, GraphicsConfiguration gc) {
                    seenGiven.set(seen);
                    sizeGiven.set(new Dimension(width, height));
                    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    g.setColor(Color.MAGENTA);
                    g.fillRect(0, 0, width, height);
                    g.setColor(seenColour);
                    g.fill(seen);
                    g.dispose();
                    return image;
                }

                @Override
                public int pan() {
                    return 1;
                }

                @Override
                public int part() {
                    return thisPart;
                }

                @Override
                public int parts() {
                    return 2;
                }
            };
            scenes.add(new AttractLoop.Scene() {
                @Override
                public Column build(Metrics m) {
                    Column column = new Column();
                    column.append(new TextBlock("1919", exhibit.typefaces().stack(org.exhibitkiosk.text.FontStyle.BODY)
                            .atSize(m.font(96)), "Kiosk.foreground", TextBlock.Align.CENTER), 0);
                    return column;
                }

                @Override
                public AttractLoop.Picture picture() {
                    return picture;
                }
            });
        }
        AtomicLong nanos = new AtomicLong();
        AttractLoop loop = GuiActionRunner.execute(() -> displayable(new AttractLoop("screen.attract", scenes,
                AttractScenes.touchToBegin(exhibit, LANGUAGES), metrics, SCENE_SECONDS, false, 1f, nanos::get,
                () -> { }), screen));
        BufferedImage frame = new BufferedImage(screen.width, screen.height, BufferedImage.TYPE_INT_RGB);
        for (double t = 1; t < 2 * SCENE_SECONDS; t += 0.5) {
            nanos.set((long) (t * 1e9));
            GuiActionRunner.execute(() -> {
                Graphics2D g = frame.createGraphics();
                loop.paint(g);
                g.dispose();
            });
            Rectangle seen = seenGiven.get();
            long shown = 0;
            for (int y = 0; y < frame.getHeight(); y++) {
                for (int x = 0; x < frame.getWidth(); x++) {
                    if (frame.getRGB(x, y) == seenColour.getRGB()) {
                        shown++;
                    }
                }
            }
            assertThat(shown).as("at %ss every pixel of the part said to be always seen is on screen", t)
                    .isEqualTo((long) seen.width * seen.height);
        }

        // And the map puts its legend, scale, north arrow and every label inside that part.
        MapPalette palette = GuiActionRunner.execute(() -> MapPalette.from(Theme::color, MapPalette.SCREEN));
        Rectangle seen = seenGiven.get();
        Dimension picture = sizeGiven.get();
        BufferedImage image = new BufferedImage(picture.width, picture.height, BufferedImage.TYPE_INT_RGB);
        for (LocalDate day : AttractMap.days(exhibit)) {
            for (String language : LANGUAGES) {
                Graphics2D g = image.createGraphics();
                Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
                MapScene scene = AttractMap.scene(exhibit, day, language, picture.width, picture.height, seen,
                        metrics.scale(), palette, canvas);
                for (Rectangle2D box : scene.furniture().boxes()) {
                    assertThat(seen.contains(box)).as("%s %s: furniture %s inside %s", day, language, box, seen)
                            .isTrue();
                }
                assertThat(scene.furniture().legend().entries()).as("the legend open").isNotEmpty();
                for (LabelLayout.Placed label : scene.labels().placed()) {
                    assertThat(seen.contains(label.box())).as("%s %s: '%s' inside %s", day, language,
                            label.label().lines(), seen).isTrue();
                }
                g.dispose();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1920x1080", "1080x1920", "1280x800"})
    void somethingIsAlwaysMoving(String size) throws IOException {
        Dimension screen = dimension(size);
        AtomicLong nanos = new AtomicLong();
        AttractLoop loop = loop(LANGUAGES, screen, nanos);
        int scenes = GuiActionRunner.execute(() -> loop.scenes().size());
        BufferedImage before = new BufferedImage(screen.width, screen.height, BufferedImage.TYPE_INT_RGB);
        BufferedImage after = new BufferedImage(screen.width, screen.height, BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(SHOTS);
        for (int scene = 0; scene < scenes; scene++) {
            for (double within : new double[] {1.5, 6.5}) {
                double t = scene * SCENE_SECONDS + within;
                paintAt(loop, nanos, t, before);
                paintAt(loop, nanos, t + 0.5, after);
                long moved = 0;
                for (int y = 0; y < screen.height; y += 2) {
                    for (int x = 0; x < screen.width; x += 2) {
                        if (differs(before.getRGB(x, y), after.getRGB(x, y))) {
                            moved++;
                        }
                    }
                }
                if (within == 1.5 && (scene % 3 == 0 || scene < 16)) {
                    ImageIO.write(before, "png", SHOTS.resolve(size + "-scene-" + scene + ".png").toFile());
                }
                assertThat(moved).as("pixels that change visibly in half a second, scene %s at %ss", scene, t)
                        .isGreaterThan(200);
            }
        }
    }

    private static void paintAt(AttractLoop loop, AtomicLong nanos, double t, BufferedImage into) {
        nanos.set((long) (t * 1e9));
        GuiActionRunner.execute(() -> {
            Graphics2D g = into.createGraphics();
            loop.paint(g);
            g.dispose();
        });
    }

    /** A change a passer-by sees: more than a soft glow's drift. */
    private static boolean differs(int a, int b) {
        int dr = Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff));
        int dg = Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff));
        int db = Math.abs((a & 0xff) - (b & 0xff));
        return dr + dg + db > 60;
    }

    private AttractLoop loop(List<String> languages, Dimension screen, AtomicLong nanos) {
        return GuiActionRunner.execute(() -> {
            Metrics metrics = Metrics.of(screen, 0, 0);
            return displayable(new AttractLoop("screen.attract", AttractScenes.attract(exhibit, languages),
                    AttractScenes.touchToBegin(exhibit, languages), metrics, SCENE_SECONDS, false, 1f, nanos::get,
                    () -> { }), screen);
        });
    }

    /**
     * The loop in a window that has its peer but is never shown (the loop lays its scenes out as
     * components, which needs one); its own timer stopped, so only the test's clock moves it.
     */
    private AttractLoop displayable(AttractLoop loop, Dimension screen) {
        frame = new JFrame("attract");
        frame.setUndecorated(true);
        frame.setContentPane(loop);
        frame.setSize(screen);
        frame.addNotify();
        frame.validate();
        return loop;
    }

    @AfterEach
    void close() {
        if (frame != null) {
            GuiActionRunner.execute(() -> frame.dispose());
        }
    }

    private static Dimension dimension(String size) {
        String[] wh = size.split("x");
        return new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    }
}
