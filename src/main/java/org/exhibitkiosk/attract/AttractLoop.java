package org.exhibitkiosk.attract;

import java.awt.AlphaComposite;
import javax.swing.CellRendererPane;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Dimension;
import java.awt.MultipleGradientPaint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.RadialGradientPaint;
import java.awt.Transparency;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javax.swing.JComponent;
import javax.swing.Timer;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;

/**
 * What the kiosk shows while nobody touches it: scenes that cross-fade and drift, over a slowly
 * wandering glow, with "touch to begin" in every language. It moves at 60 frames a second, and
 * nothing on it stands still for as long as a minute. Each scene is drawn once into an image, so
 * a frame costs a few image copies; a scene with a picture (the map of a day) has it drawn once,
 * ahead of time on a background thread, and pans across it by whole pixels. The first touch
 * leaves the loop and goes no further.
 * EDT only.
 */
public final class AttractLoop extends JComponent {

    /** One scene: built as components once, then kept as an image. */
    public interface Scene {
        Column build(Metrics metrics);

        /** A picture the scene's text stands above (the map of a day), or null for text alone. */
        default Picture picture() {
            return null;
        }

        /** The language the scene is in, or null for one in every language (for equal time). */
        default String language() {
            return null;
        }
    }

    /**
     * A large picture drawn once into an image a little larger than its window, which the loop then
     * pans across: a frame costs one image copy at a whole-pixel offset, never a redraw or a scaled
     * copy. Consecutive scenes with the same {@link #pan()} continue one pan, so a cross-fade between
     * them changes only what differs (the language of the labels).
     */
    public interface Picture {
        /**
         * Draws the picture. Runs once per picture, usually on a background thread: must not touch
         * Swing or anything of the EDT.
         *
         * @param seen the part of the picture that every moment of the pan shows: what must never be
         *             cropped (labels, legend, scale) goes inside it
         * @param unit the size of one design pixel on this screen
         * @param gc   the screen's configuration for a compatible image, or null
         */
        BufferedImage render(int width, int height, Rectangle seen, float unit, GraphicsConfiguration gc);

        /** The pan this picture belongs to (its day): sets the direction of travel. */
        int pan();

        /** Which of the pan's consecutive scenes this is, from 0. */
        int part();

        /** How many consecutive scenes share the pan. */
        int parts();
    }

    private static final int FRAME_MS = 16;
    private static final double FADE_SECONDS = 0.8;
    /** How much larger than its window a picture is drawn: the room a pan travels through. */
    private static final double PICTURE_OVERSCAN = 1.08;

    private final List<Scene> scenes;
    private final Scene footer;
    private final Metrics metrics;
    private final double sceneSeconds;
    private final boolean reducedMotion;
    private final float brightness;
    private final LongSupplier nanos;
    private final long startNanos;
    private final Map<Integer, BufferedImage> images = new HashMap<>();
    /** Pictures by scene index: drawn ahead of time on {@link #painter}, dropped once behind. */
    private final Map<Integer, BufferedImage> pictures = new ConcurrentHashMap<>();
    private final Set<Integer> drawing = ConcurrentHashMap.newKeySet();
    private ExecutorService painter;
    private Dimension picturesFor;
    private final Timer timer = new Timer(FRAME_MS, e -> repaint());
    private final CellRendererPane renderer = new CellRendererPane();
    private BufferedImage footerImage;
    private BufferedImage glow;
    private long frames;

    /**
     * @param scenes        shown in turn, {@code sceneSeconds} each
     * @param footer        always shown at the bottom ("touch to begin" in every language)
     * @param brightness    1 for the attract loop; lower for the dim "closed" screen
     * @param nanos         the animation's clock (System::nanoTime; a fake in tests)
     * @param onTouch       the first touch
     */
    public AttractLoop(String name, List<Scene> scenes, Scene footer, Metrics metrics, double sceneSeconds,
                       boolean reducedMotion, float brightness, LongSupplier nanos, Runnable onTouch) {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("the attract loop needs at least one scene");
        }
        setName(name);
        this.scenes = List.copyOf(scenes);
        this.footer = footer;
        this.metrics = metrics;
        this.sceneSeconds = sceneSeconds;
        this.reducedMotion = reducedMotion;
        this.brightness = brightness;
        this.nanos = nanos;
        this.startNanos = nanos.getAsLong();
        setOpaque(true);
        add(renderer);
        renderer.setVisible(false);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                e.consume();
                timer.stop();
                onTouch.run();
            }
        });
    }

    @Override
    public void addNotify() {
        super.addNotify();
        timer.start();
    }

    @Override
    public void removeNotify() {
        timer.stop();
        if (painter != null) {
            painter.shutdownNow();
            painter = null;
        }
        pictures.clear();
        super.removeNotify();
    }

    /** The scenes, in the order shown. */
    public List<Scene> scenes() {
        return scenes;
    }

    /** Which scene shows at the animation's present moment (for tests). */
    public int currentScene() {
        return (int) (elapsedSeconds() / sceneSeconds) % scenes.size();
    }

    /** Frames painted so far (for the benchmark). */
    public long framesPainted() {
        return frames;
    }

    private double elapsedSeconds() {
        return (nanos.getAsLong() - startNanos) / 1e9;
    }

    @Override
    protected void paintComponent(Graphics g) {
        frames++;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            int width = getWidth();
            int height = getHeight();
            double t = elapsedSeconds();
            g2.setColor(Theme.color("Kiosk.background"));
            g2.fillRect(0, 0, width, height);
            paintGlow(g2, t, width, height);

            int index = (int) (t / sceneSeconds) % scenes.size();
            double inScene = t % sceneSeconds;
            int previous = (index - 1 + scenes.size()) % scenes.size();
            preparePictures(index, width, height);
            boolean fading = !reducedMotion && inScene < FADE_SECONDS && t >= sceneSeconds;
            float alpha = fading ? (float) (inScene / FADE_SECONDS) : 1f;
            if (fading && hasPicture(index) && hasPicture(previous)) {
                // Two pictures in one window: the new one opaque, the old one fading over it (one
                // translucent copy a frame instead of two), then both texts.
                paintPicture(g2, index, 1f, inScene, width, height);
                paintPicture(g2, previous, 1f - alpha, sceneSeconds + inScene, width, height);
                paintScene(g2, previous, 1f - alpha, sceneSeconds, width, height);
                paintScene(g2, index, alpha, inScene, width, height);
            } else {
                if (fading) {
                    paintPicture(g2, previous, 1f - alpha, sceneSeconds + inScene, width, height);
                    paintScene(g2, previous, 1f - alpha, sceneSeconds, width, height);
                }
                paintPicture(g2, index, alpha, inScene, width, height);
                paintScene(g2, index, alpha, inScene, width, height);
            }
            paintFooter(g2, t, width, height);
        } finally {
            g2.dispose();
        }
    }

    private boolean hasPicture(int index) {
        return scenes.get(index).picture() != null;
    }

    /** The band above a picture that its caption (the day, in large type) stands in. */
    private int captionBand(int width) {
        int tallest = metrics.px(150);
        for (int i = 0; i < scenes.size(); i++) {
            if (hasPicture(i)) {
                tallest = Math.max(tallest, caption(i, width).getHeight() + metrics.px(40));
            }
        }
        return tallest;
    }

    private BufferedImage caption(int index, int width) {
        return images.computeIfAbsent(index, i -> render(scenes.get(i), width * 8 / 10));
    }

    /** The window a picture shows through: the screen below the scenes' captions, above the footer. */
    Rectangle pictureWindow(int width, int height) {
        int top = captionBand(width);
        int side = metrics.px(96);
        // Above "touch to begin", however many lines it takes on this screen.
        int bottom = Math.max(metrics.px(170), footer(width).getHeight() + metrics.px(64) + metrics.px(28));
        return new Rectangle(side, top, width - 2 * side, height - top - bottom);
    }

    /**
     * Has the pictures of this scene and the next drawn (the next on a background thread, so it is
     * ready when it fades in) and lets go of those behind.
     */
    private void preparePictures(int index, int width, int height) {
        Dimension size = new Dimension(width, height);
        if (!size.equals(picturesFor)) {
            pictures.clear();
            picturesFor = size;
        }
        int previous = (index - 1 + scenes.size()) % scenes.size();
        int next = (index + 1) % scenes.size();
        pictures.keySet().removeIf(i -> i != index && i != previous && i != next);
        if (hasPicture(next) && !pictures.containsKey(next) && drawing.add(next)) {
            if (painter == null) {
                painter = Executors.newSingleThreadExecutor(Threads.named("attract-pictures"));
            }
            Picture picture = scenes.get(next).picture();
            Rectangle window = pictureWindow(width, height);
            GraphicsConfiguration gc = getGraphicsConfiguration();
            painter.execute(() -> {
                try {
                    pictures.put(next, drawPicture(picture, window, gc));
                } finally {
                    drawing.remove(next);
                }
            });
        }
    }

    private BufferedImage drawPicture(Picture picture, Rectangle window, GraphicsConfiguration gc) {
        int width = (int) Math.ceil(window.width * PICTURE_OVERSCAN);
        int height = (int) Math.ceil(window.height * PICTURE_OVERSCAN);
        // From one end of the pan to the other the window moves by the spare width and height, so
        // what it always shows is the picture less that much on every side.
        int spareX = width - window.width;
        int spareY = height - window.height;
        return picture.render(width, height, new Rectangle(spareX, spareY, window.width - spareX,
                window.height - spareY), metrics.scale(), gc);
    }

    private void paintPicture(Graphics2D g2, int index, float alpha, double inScene, int width, int height) {
        Picture picture = scenes.get(index).picture();
        if (picture == null || alpha <= 0f) {
            return;
        }
        Rectangle window = pictureWindow(width, height);
        // Drawn here only when the background thread has not finished it (the loop's first scene).
        BufferedImage image = pictures.computeIfAbsent(index, i -> drawPicture(picture, window, getGraphicsConfiguration()));
        int spareX = image.getWidth() - window.width;
        int spareY = image.getHeight() - window.height;
        double along = 0.5;
        if (!reducedMotion) {
            along = Math.max(0, Math.min(1, (picture.part() + inScene / sceneSeconds) / picture.parts()));
        }
        // Each pan travels corner to corner, a different way each time.
        int way = picture.pan() % 4;
        double fx = (way == 0 || way == 3) ? along : 1 - along;
        double fy = (way == 0 || way == 1) ? along : 1 - along;
        if (reducedMotion) {
            fx = 0.5;
            fy = 0.5;
        }
        int x = window.x - (int) Math.round(spareX * fx);
        int y = window.y - (int) Math.round(spareY * fy);
        Shape clip = g2.getClip();
        g2.clipRect(window.x, window.y, window.width, window.height);
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(alpha * brightness)));
        g2.drawImage(image, x, y, null);
        g2.setClip(clip);
    }

    private void paintScene(Graphics2D g2, int index, float alpha, double inScene, int width, int height) {
        if (hasPicture(index)) {
            BufferedImage caption = caption(index, width);
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(alpha * brightness)));
            g2.drawImage(caption, (width - caption.getWidth()) / 2,
                    Math.max(0, (captionBand(width) - caption.getHeight()) / 2), null);
            return;
        }
        BufferedImage image = images.computeIfAbsent(index, i -> render(scenes.get(i), width * 8 / 10));
        // A slow sideways drift and rise within each scene, so no pixel holds one colour for long.
        double progress = inScene / sceneSeconds;
        int drift = reducedMotion ? (index % 2 == 0 ? -1 : 1) * metrics.px(24)
                : (int) Math.round((progress - 0.5) * metrics.px(60) * (index % 2 == 0 ? 1 : -1));
        int rise = reducedMotion ? 0 : (int) Math.round((0.5 - progress) * metrics.px(24));
        int x = (width - image.getWidth()) / 2 + drift;
        int y = (height - metrics.px(160) - image.getHeight()) / 2 + rise;
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(alpha * brightness)));
        g2.drawImage(image, x, y, null);
    }

    private BufferedImage footer(int width) {
        if (footerImage == null) {
            footerImage = render(footer, width * 9 / 10);
        }
        return footerImage;
    }

    private void paintFooter(Graphics2D g2, double t, int width, int height) {
        footer(width);
        float pulse = reducedMotion ? 1f : (float) (0.75 + 0.25 * Math.sin(t * 2 * Math.PI / 3));
        int drift = (int) Math.round(Math.sin(t * 2 * Math.PI / 47) * metrics.px(40));
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(pulse * brightness)));
        g2.drawImage(footerImage, (width - footerImage.getWidth()) / 2 + drift,
                height - footerImage.getHeight() - metrics.px(64), null);
    }

    /** A large soft light that wanders across the screen on a slow Lissajous path. */
    private void paintGlow(Graphics2D g2, double t, int width, int height) {
        int size = Math.max(width, height);
        if (glow == null) {
            glow = image(size, size);
            Graphics2D g = glow.createGraphics();
            Color accent = Theme.color("Kiosk.accent");
            g.setPaint(new RadialGradientPaint(new Point2D.Float(size / 2f, size / 2f), size / 2f,
                    new float[] {0f, 1f},
                    new Color[] {new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 46),
                        new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fillRect(0, 0, size, size);
            g.dispose();
        }
        double speed = reducedMotion ? 0.2 : 1;
        int x = (int) Math.round(width / 2.0 - size / 2.0 + Math.sin(t * speed * 2 * Math.PI / 71) * width * 0.3);
        int y = (int) Math.round(height / 2.0 - size / 2.0 + Math.cos(t * speed * 2 * Math.PI / 53) * height * 0.25);
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(brightness)));
        g2.drawImage(glow, x, y, null);
    }

    private BufferedImage render(Scene scene, int width) {
        Column column = scene.build(metrics);
        int height = Math.max(1, column.heightForWidth(width));
        BufferedImage image = image(width, height);
        Graphics2D g = image.createGraphics();
        try {
            renderer.paintComponent(g, column, this, 0, 0, width, height, true);
        } finally {
            g.dispose();
            renderer.removeAll();
        }
        return image;
    }

    private BufferedImage image(int width, int height) {
        GraphicsConfiguration gc = getGraphicsConfiguration();
        return gc != null ? gc.createCompatibleImage(width, height, Transparency.TRANSLUCENT)
                : new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    private static float clamp(float value) {
        return Math.max(0f, Math.min(1f, value));
    }
}
