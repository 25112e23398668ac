package org.exhibitkiosk.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped map on every day, in every language, at the kiosk's size, a small screen's and the
 * printed summary's: every label inside the map, none over another, none over the legend, scale
 * or north arrow, none over a place's symbol, and every label the visitor needs (the day's
 * movements and places) shown. Pictures of each day go to target/screenshots/map/ for review.
 */
class MapLabelsTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "map");
    private static Exhibit exhibit;
    private static MapPalette palette;

    @BeforeAll
    static void readExhibit() {
        exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
        palette = MapPalette.fromThemeFile(MapPalette.SCREEN);
    }

    /** The kiosk's map area at 1080p, a 1280x800 panel's, and the printed summary's box in points. */
    static Stream<Arguments> daysLanguagesAndSizes() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("en", "az", "hy")) {
            for (double[] size : new double[][] {{1240, 790, 1}, {820, 520, 0.667}, {515, 330, 0.42}}) {
                cases.add(Arguments.of(language, size[0], size[1], (float) size[2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("daysLanguagesAndSizes")
    void everyDayLabelsFitWithoutOverlapping(String language, double width, double height, float unit)
            throws IOException {
        MapProjection home = MapProjection.fit(exhibit.map().extent(), width, height);
        boolean kioskSize = width == 1240;
        for (LocalDate day : exhibit.map().days()) {
            BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
            MapScene scene = MapScene.build(exhibit, day, language, home, unit, canvas, palette);
            MapRenderer.draw(canvas, scene);
            g.dispose();

            if (kioskSize) {
                Path file = SHOTS.resolve(language + "-" + day + ".png");
                Files.createDirectories(file.getParent());
                ImageIO.write(image, "png", file.toFile());
                assertThat(file).isNotEmptyFile();
            }
            assertLabelsFit(scene, day + " " + language + " " + width + "x" + height);
        }
    }

    @Test
    void zoomedInViewsAlsoKeepLabelsApart() throws IOException {
        for (String language : List.of("en", "hy")) {
            MapProjection home = MapProjection.fit(exhibit.map().extent(), 1240, 790);
            // The front near Tegh, zoomed in twice, and the south after a pan.
            var tegh = exhibit.places().places().stream().filter(p -> p.id().equals("tegh")).findFirst().orElseThrow();
            var at = home.project(tegh.latitude(), tegh.longitude());
            MapProjection zoomed = home.zoomedAt(at.getX(), at.getY(), 2).zoomedAt(at.getX(), at.getY(), 2);
            MapProjection panned = home.zoomedAt(620, 395, 2).pannedBy(0, -2000);
            for (MapProjection view : List.of(zoomed, panned)) {
                for (LocalDate day : exhibit.map().days()) {
                    BufferedImage image = new BufferedImage(1240, 790, BufferedImage.TYPE_INT_ARGB);
                    Graphics2D g = image.createGraphics();
                    Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
                    MapScene scene = MapScene.build(exhibit, day, language, view, 1, canvas, palette);
                    MapRenderer.draw(canvas, scene);
                    g.dispose();
                    if (day.getDayOfMonth() == 6 || day.getDayOfMonth() == 29) {
                        Path file = SHOTS.resolve("zoomed-" + language + "-" + day + "-" + (view == zoomed ? "front"
                                : "south") + ".png");
                        Files.createDirectories(file.getParent());
                        ImageIO.write(image, "png", file.toFile());
                    }
                    assertLabelsFit(scene, day + " " + language + " zoomed " + view.zoom());
                }
            }
        }
    }

    @Test
    void theDaysRunFromTheUltimatumToTheWithdrawalThenFromTheWarningToTheAgreement() {
        List<LocalDate> days = exhibit.map().days();
        assertThat(days.get(0)).isEqualTo(LocalDate.of(1919, 10, 29));
        assertThat(days).contains(LocalDate.of(1919, 11, 9), LocalDate.of(1919, 11, 13))
                .doesNotContain(LocalDate.of(1919, 11, 10), LocalDate.of(1919, 11, 12));
        assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.of(1919, 11, 23));
        assertThat(exhibit.map().movementsOn(LocalDate.of(1919, 11, 6))).extracting(OperationsMap.Movement::id)
                .contains("main-advance", "fighting-khnatsakh", "fighting-zabugh");
        assertThat(exhibit.map().movementsOn(LocalDate.of(1919, 11, 15))).extracting(OperationsMap.Movement::id)
                .containsExactly("nzhdeh-operations");
    }

    static void assertLabelsFit(MapScene scene, String what) {
        Rectangle2D frame = new Rectangle2D.Double(0, 0, scene.projection().width(), scene.projection().height());
        List<LabelLayout.Placed> placed = scene.labels().placed();
        assertThat(placed).as("labels of %s", what).isNotEmpty();
        for (LabelLayout.Placed label : placed) {
            assertThat(frame.contains(label.box())).as("%s: '%s' at %s inside the map", what,
                    label.label().lines(), label.box()).isTrue();
            for (Rectangle2D furniture : scene.furniture().boxes()) {
                assertThat(label.box().intersects(furniture)).as("%s: '%s' over the map's furniture %s", what,
                        label.label().lines(), furniture).isFalse();
            }
            for (MapScene.Symbol symbol : scene.symbols()) {
                assertThat(label.box().intersects(symbol.at().getX() - symbol.radius(),
                        symbol.at().getY() - symbol.radius(), 2 * symbol.radius(), 2 * symbol.radius()))
                        .as("%s: '%s' over the symbol of %s", what, label.label().lines(), symbol.placeId()).isFalse();
            }
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                LabelLayout.Placed a = placed.get(i);
                LabelLayout.Placed b = placed.get(j);
                assertThat(a.box().intersects(b.box())).as("%s: '%s' overlaps '%s'", what, a.label().lines(),
                        b.label().lines()).isFalse();
                if (a.leader() != null) {
                    assertThat(b.box().intersectsLine(a.leader())).as("%s: the leader of '%s' crosses '%s'", what,
                            a.label().lines(), b.label().lines()).isFalse();
                }
            }
        }
        assertThat(scene.labels().dropped()).as("%s: required labels left out", what)
                .noneMatch(Label::required);
    }
}
