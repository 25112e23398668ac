package org.exhibitkiosk.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;
import org.junit.jupiter.api.Test;

/**
 * The map in the attract loop: each key day in every language in turn (equal time for each), and
 * a loop that paints its map scenes, pans included, without error.
 */
class AttractMapScenesTest {

    private static final List<String> LANGUAGES = List.of("en", "az", "hy");

    @Test
    void theMapShowsEachKeyDayInEveryLanguageInTurnAndPaints() throws Exception {
        Exhibit exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG).exhibit().orElseThrow();
        List<AttractLoop.Scene> scenes = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.install();
            scenes.addAll(AttractScenes.attract(exhibit, LANGUAGES));
        });
        List<AttractLoop.Scene> maps = scenes.stream().filter(s -> s.picture() != null).toList();
        assertThat(AttractMap.days(exhibit)).hasSize(4);
        assertThat(maps).hasSize(4 * LANGUAGES.size());
        for (int i = 0; i < maps.size(); i++) {
            AttractLoop.Picture picture = maps.get(i).picture();
            assertThat(picture.part()).as("language in turn").isEqualTo(i % LANGUAGES.size());
            assertThat(picture.parts()).isEqualTo(LANGUAGES.size());
            assertThat(picture.pan()).as("the day").isEqualTo(i / LANGUAGES.size());
        }

        int first = scenes.indexOf(maps.get(0));
        double seconds = 4;
        AtomicLong nanos = new AtomicLong();
        BufferedImage frame = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        SwingUtilities.invokeAndWait(() -> {
            Metrics metrics = Metrics.of(new Dimension(1920, 1080), 1, 0);
            AttractLoop loop = new AttractLoop("screen.attract", scenes,
                    AttractScenes.touchToBegin(exhibit, LANGUAGES), metrics, seconds, false, 1f, nanos::get, () -> { });
            loop.setSize(1920, 1080);
            // Into the map, through a cross-fade between two languages of one day, and on.
            for (double t : new double[] {first * seconds + 2, (first + 1) * seconds + 0.3, (first + 2) * seconds + 3.9,
                (first + 3) * seconds + 0.4}) {
                nanos.set((long) (t * 1e9));
                Graphics2D g = frame.createGraphics();
                loop.paint(g);
                g.dispose();
            }
            assertThat(loop.framesPainted()).isEqualTo(4);
            assertThat(loop.currentScene()).isEqualTo(first + 3);
        });
        // Something of the map was drawn inside the picture's window (not one flat colour).
        int corner = frame.getRGB(200, 300);
        boolean varied = false;
        for (int x = 200; x < 1700 && !varied; x += 7) {
            varied = frame.getRGB(x, 500) != corner;
        }
        assertThat(varied).isTrue();
    }
}
