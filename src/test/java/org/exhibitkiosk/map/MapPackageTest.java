package org.exhibitkiosk.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The map draws for paper as well as for the screen: nothing in it may need Swing. */
class MapPackageTest {

    @Test
    void theMapAndItsPdfCanvasNeverImportSwing() throws IOException {
        Path folder = Path.of("src/main/java/org/exhibitkiosk/map");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(folder)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).anyMatch(f -> f.toString().contains("pdf")).hasSizeGreaterThan(8);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as("%s", source).doesNotContain("javax.swing")
                    .doesNotContain("org.exhibitkiosk.ui.").doesNotContain("org.exhibitkiosk.screens");
        }
    }
}
