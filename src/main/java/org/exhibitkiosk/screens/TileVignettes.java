package org.exhibitkiosk.screens;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.UIManager;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.ui.Theme;

/**
 * The home tiles' drawn pictures ({@link Vignettes}), drawn on a worker and kept, so that the home
 * screen, rebuilt at every visit, shows them at once after the first time. Owned by the visitor
 * shell; a new exhibit forgets what was drawn for the old one. EDT only (the drawing itself runs on
 * {@link Threads#ON_WORKER}).
 */
public final class TileVignettes {

    private static final int KEPT = 64;

    private final Failures failures;
    private final Map<Key, BufferedImage> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<Key> asked = new HashSet<>();
    private final Map<Key, List<Consumer<BufferedImage>>> pending = new HashMap<>();
    private Exhibit drawnFor;

    /** @param failures where a picture that could not be drawn is reported */
    public TileVignettes(Failures failures) {
        this.failures = failures;
    }

    private record Key(String tile, String language, int width, int height) {
    }

    /**
     * Hands {@code show} the tile's picture at this size: at once when it was drawn before, else
     * once it is drawn (on the EDT, later).
     */
    void request(Exhibit exhibit, String tile, String language, int width, int height, float unit,
                 Vignettes.Drawing drawing, Consumer<BufferedImage> show) {
        Threads.assertEdt();
        if (exhibit != drawnFor) {
            drawn.clear();
            asked.clear();
            drawnFor = exhibit;
        }
        Key key = new Key(tile, language, width, height);
        BufferedImage done = drawn.get(key);
        if (done != null) {
            show.accept(done);
            return;
        }
        pending.computeIfAbsent(key, k -> new ArrayList<>()).add(show);
        if (!asked.add(key)) {
            return;
        }
        Vignettes.Inks inks = new Vignettes.Inks(Theme.color("Kiosk.surfaceRaised"), Theme.color("Kiosk.foreground"),
                Theme.color("Kiosk.muted"), Theme.color("Kiosk.accent"), Theme.color("Kiosk.rule"),
                MapPalette.from(UIManager::getColor, MapPalette.SCREEN));
        Threads.thenOnEdt(CompletableFuture.supplyAsync(() -> drawing.draw(language, width, height, unit, inks),
                Threads.ON_WORKER), failures, image -> {
                    asked.remove(key);
                    if (exhibit == drawnFor) {
                        drawn.put(key, image);
                    }
                    for (Consumer<BufferedImage> waiting : pending.getOrDefault(key, List.of())) {
                        waiting.accept(image);
                    }
                    pending.remove(key);
                }, error -> {
                    asked.remove(key);
                    pending.remove(key);
                });
    }

}
