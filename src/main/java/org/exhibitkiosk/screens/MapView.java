package org.exhibitkiosk.screens;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.map.Java2DMapCanvas;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.map.MapProjection;
import org.exhibitkiosk.map.MapRenderer;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.ui.Gestures;

/**
 * The map of the map screen: each day framed on its own action until the visitor takes over; a
 * tap zooms in, a drag pans, {@link #resetView} shows it whole. Text is set at the visitor's text
 * size, and the legend folds away. The map of a day is laid out (labels placed) and drawn off the
 * EDT, on a worker thread, into an image; the base, the same on every day of one view, is drawn
 * once per view. Painting only draws the finished image; until the one asked for is ready, the
 * last one drawn stands in, moved to the new view. EDT only, but for the drawing, which touches
 * no Swing.
 */
final class MapView extends JComponent {

    /** Days of one view kept drawn, so stepping back and forth does not draw them again. */
    private static final int KEPT = 6;

    private final ScreenContext ctx;
    private final Supplier<LocalDate> day;
    private final Failures failures;
    private final MapPalette palette = MapPalette.from(UIManager::getColor, MapPalette.SCREEN);
    private final Map<Key, BufferedImage> drawn = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };

    /** One drawn map: a day in a view. */
    private record Key(LocalDate day, MapProjection view) {
    }

    /** Whether the view follows the day's action (until the visitor zooms, pans or asks for the whole map). */
    private boolean followDay = true;
    /** The legend as the visitor asked for it; null until they do (it shows where it fits). */
    private Boolean legendOpen;
    /** Whether the legend of the map on screen shows its entries. */
    private boolean legendShown = true;
    private Runnable onLegend = () -> { };
    /** The base of the view being drawn; only the drawing thread touches it, under this lock. */
    private final Object drawing = new Object();
    private BufferedImage base;
    private MapProjection baseProjection;
    private MapProjection projection;
    private Key asked;
    private BufferedImage last;
    private MapProjection lastProjection;
    private Point pressedAt;
    private boolean panning;
    private int dragX;
    private int dragY;

    /**
     * @param day      the day to show now
     * @param failures where a map that could not be drawn is reported
     */
    MapView(ScreenContext ctx, Supplier<LocalDate> day, Failures failures) {
        this.ctx = ctx;
        this.day = day;
        this.failures = failures;
        setName("map.view");
        setOpaque(false);
        MouseAdapter touch = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                pressedAt = e.getPoint();
                panning = false;
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (pressedAt == null) {
                    return;
                }
                int dx = e.getX() - pressedAt.x;
                int dy = e.getY() - pressedAt.y;
                if (!panning && Math.hypot(dx, dy) > ctx.px(Gestures.TAP_TOLERANCE)) {
                    panning = true;
                }
                if (panning) {
                    dragX = dx;
                    dragY = dy;
                    repaint();
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (pressedAt == null || projection == null) {
                    return;
                }
                if (panning) {
                    followDay = false;
                    setProjection(projection.pannedBy(e.getX() - pressedAt.x, e.getY() - pressedAt.y));
                } else if (projection.zoom() < MapProjection.MAX_ZOOM - 1e-6) {
                    followDay = false;
                    setProjection(projection.zoomedAt(e.getX(), e.getY(), 2));
                }
                pressedAt = null;
                panning = false;
                dragX = 0;
                dragY = 0;
                repaint();
            }
        };
        addMouseListener(touch);
        addMouseMotionListener(touch);
    }

    /** The whole map again. */
    void resetView() {
        followDay = false;
        if (projection != null) {
            setProjection(projection.home());
            repaint();
        }
    }

    /** Whether the legend of the map on screen shows its entries. */
    boolean isLegendOpen() {
        return legendShown;
    }

    /** Told when the legend on screen folds or unfolds. */
    void onLegendChange(Runnable listener) {
        onLegend = listener;
    }

    /** Unfolds or folds the legend; the map is drawn again. */
    void setLegendOpen(boolean open) {
        legendOpen = open;
        legendShown = open;
        drawn.clear();
        asked = null;
        onLegend.run();
        repaint();
    }

    /** The view shown now, or null before the first paint (for tests). */
    MapProjection projection() {
        return projection;
    }

    /** Whether the map of the day shown now, in the view shown now, is drawn (for tests and screenshots). */
    boolean isDrawn() {
        return projection != null && drawn.containsKey(new Key(day.get(), projection));
    }

    private void setProjection(MapProjection next) {
        if (!next.equals(projection)) {
            projection = next;
            asked = null;
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        int w = getWidth();
        int h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        LocalDate today = day.get();
        if (followDay) {
            setProjection(MapScene.dayView(ctx.exhibit(), today, w, h));
        } else if (projection == null || projection.width() != w || projection.height() != h) {
            setProjection(MapProjection.fit(ctx.exhibit().map().extent(), w, h));
        }
        BufferedImage image = drawn.get(new Key(today, projection));
        if (image == null) {
            draw(today);
        } else {
            last = image;
            lastProjection = projection;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (dragX != 0 || dragY != 0 || image == null) {
                g2.setColor(palette.land());
                g2.fillRect(0, 0, w, h);
            }
            if (image != null) {
                g2.drawImage(image, dragX, dragY, null);
            } else if (last != null) {
                // The last map drawn, moved and scaled to where it lies in the new view.
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g2.translate(dragX, dragY);
                g2.drawImage(last, between(lastProjection, projection), null);
            }
        } finally {
            g2.dispose();
        }
    }

    /** Has the map of {@code shown} in this view drawn off the EDT, then painted. */
    private void draw(LocalDate shown) {
        Key key = new Key(shown, projection);
        if (key.equals(asked)) {
            return;
        }
        asked = key;
        MapProjection view = projection;
        Exhibit exhibit = ctx.exhibit();
        String language = ctx.language();
        MapScene.Look look = MapScene.Look.of(palette, ctx.metrics().scale())
                .withTextScale(ctx.metrics().textScale()).withLegendOpen(legendOpen);
        Boolean legendWhenAsked = legendOpen;
        Threads.thenOnEdt(CompletableFuture.supplyAsync(() -> render(exhibit, shown, language, view, look),
                Threads.ON_WORKER), failures, picture -> {
                    if (Objects.equals(legendWhenAsked, legendOpen)) {
                        drawn.put(key, picture.image());
                        if (view.equals(projection)) {
                            if (picture.legendOpen() != legendShown) {
                                legendShown = picture.legendOpen();
                                onLegend.run();
                            }
                            repaint();
                        }
                    }
                }, error -> {
                    if (key.equals(asked)) {
                        asked = null;
                    }
                });
    }

    /** A day's map drawn, and whether its legend shows its entries. */
    private record Drawn(BufferedImage image, boolean legendOpen) {
    }

    /** Lays out and draws one day's map in one view. Off the EDT; touches no Swing. */
    private Drawn render(Exhibit exhibit, LocalDate shown, String language, MapProjection view,
                                 MapScene.Look look) {
        Threads.assertNotEdt();
        int w = (int) view.width();
        int h = (int) view.height();
        synchronized (drawing) {
            if (!view.equals(baseProjection)) {
                BufferedImage freshBase = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = freshBase.createGraphics();
                try {
                    Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
                    MapRenderer.drawBase(canvas, MapScene.build(exhibit, shown, language, view, look, canvas));
                } finally {
                    g.dispose();
                }
                base = freshBase;
                baseProjection = view;
            }
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.drawImage(base, 0, 0, null);
                Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
                MapScene scene = MapScene.build(exhibit, shown, language, view, look, canvas);
                MapRenderer.drawDay(canvas, scene);
                return new Drawn(image, !scene.furniture().legend().entries().isEmpty());
            } finally {
                g.dispose();
            }
        }
    }

    /** Takes pixels of the {@code from} view to the same places in the {@code to} view. */
    private static AffineTransform between(MapProjection from, MapProjection to) {
        if (from == null || from.equals(to)) {
            return new AffineTransform();
        }
        double span = 1000;
        double[] a = from.unproject(0, 0);
        double[] b = from.unproject(span, span);
        Point2D a2 = to.project(a[0], a[1]);
        Point2D b2 = to.project(b[0], b[1]);
        double sx = (b2.getX() - a2.getX()) / span;
        double sy = (b2.getY() - a2.getY()) / span;
        return new AffineTransform(sx, 0, 0, sy, a2.getX(), a2.getY());
    }
}
