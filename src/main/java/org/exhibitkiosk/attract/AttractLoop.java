package org.exhibitkiosk.attract;

import java.awt.AlphaComposite;
import javax.swing.CellRendererPane;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Transparency;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
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
    /** The share of the stage's width a picture scene's text takes beside the picture (landscape). */
    private static final double TEXT_COLUMN = 0.32;

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
    private BufferedImage backdrop;
    private BufferedImage glow;
    private Dimension imagesFor;
    private long frames;
    private int imagesMade;

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
            fitTo(width, height);
            paintBackdrop(g2, t, width, height);

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

    /** Lets go of every image made for another size (captions, footer, backdrop, pictures). */
    private void fitTo(int width, int height) {
        Dimension size = new Dimension(width, height);
        if (!size.equals(imagesFor)) {
            images.clear();
            footerImage = null;
            backdrop = null;
            glow = null;
            imagesFor = size;
        }
    }

    private boolean hasPicture(int index) {
        return scenes.get(index).picture() != null;
    }

    private boolean portrait(int width, int height) {
        return height > width;
    }

    /** The side margin of the grid, the same as the welcome screen's. */
    private int side(int width, int height) {
        return metrics.px(portrait(width, height) ? 120 : 140);
    }

    /**
     * The stage every scene stands on: inside the grid's margins, below a top margin and above
     * the band of "touch to begin".
     */
    Rectangle stage(int width, int height) {
        int side = side(width, height);
        int top = metrics.px(portrait(width, height) ? 150 : 112);
        int bottom = footerTop(width, height) - metrics.px(portrait(width, height) ? 72 : 56);
        return new Rectangle(side, top, width - 2 * side, Math.max(1, bottom - top));
    }

    /** Where a picture scene's text goes: beside the picture in landscape, above it in portrait. */
    private Rectangle textColumn(int width, int height) {
        Rectangle stage = stage(width, height);
        if (portrait(width, height)) {
            return new Rectangle(stage.x, stage.y, stage.width, captionBand(width, height));
        }
        return new Rectangle(stage.x, stage.y, (int) Math.round(stage.width * TEXT_COLUMN), stage.height);
    }

    /** The tallest text of a picture scene, for the band above the picture in portrait. */
    private int captionBand(int width, int height) {
        int tallest = metrics.px(120);
        int column = stage(width, height).width;
        for (int i = 0; i < scenes.size(); i++) {
            if (hasPicture(i)) {
                tallest = Math.max(tallest, caption(i, column).getHeight());
            }
        }
        return tallest;
    }

    private BufferedImage caption(int index, int width) {
        return images.computeIfAbsent(index, i -> render(scenes.get(i), width));
    }

    /** The window a picture shows through: beside its text in landscape, below it in portrait. */
    Rectangle pictureWindow(int width, int height) {
        Rectangle stage = stage(width, height);
        Rectangle text = textColumn(width, height);
        if (portrait(width, height)) {
            int top = text.y + text.height + metrics.px(48);
            return new Rectangle(stage.x, top, stage.width, Math.max(1, stage.y + stage.height - top));
        }
        int left = text.x + text.width + metrics.px(64);
        return new Rectangle(left, stage.y, stage.x + stage.width - left, stage.height);
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
        BufferedImage image = pictures.get(index);
        if (image == null) {
            if (drawing.contains(index)) {
                // Still being drawn on the background thread: never draw it twice, nor on the EDT.
                return;
            }
            // Drawn here only when nothing asked for it ahead (the first frame after a resize).
            image = drawPicture(picture, window, getGraphicsConfiguration());
            pictures.put(index, image);
        }
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
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(alpha * brightness)));
        if (hasPicture(index)) {
            // Beside the map in landscape (vertically centred on it), above it in portrait.
            Rectangle text = textColumn(width, height);
            BufferedImage caption = caption(index, text.width);
            int y = text.y + Math.max(0, (text.height - caption.getHeight()) / 2);
            g2.drawImage(caption, text.x + (text.width - caption.getWidth()) / 2, y, null);
            return;
        }
        Rectangle stage = stage(width, height);
        BufferedImage image = images.computeIfAbsent(index, i -> render(scenes.get(i), stage.width));
        // A slow sideways drift and rise within each scene, so no pixel holds one colour for long.
        double progress = inScene / sceneSeconds;
        int drift = reducedMotion ? 0
                : (int) Math.round((progress - 0.5) * metrics.px(48) * (index % 2 == 0 ? 1 : -1));
        int rise = reducedMotion ? 0 : (int) Math.round((0.5 - progress) * metrics.px(24));
        int x = stage.x + (stage.width - image.getWidth()) / 2 + drift;
        // Optically centred: a little above the middle of the stage.
        int y = stage.y + Math.max(0, (stage.height - image.getHeight()) * 9 / 20) + rise;
        g2.drawImage(image, x, y, null);
    }

    private BufferedImage footer(int width, int height) {
        if (footerImage == null) {
            footerImage = render(footer, width - 2 * side(width, height));
        }
        return footerImage;
    }

    private int footerTop(int width, int height) {
        return height - footer(width, height).getHeight() - metrics.px(portrait(width, height) ? 96 : 64);
    }

    private void paintFooter(Graphics2D g2, double t, int width, int height) {
        BufferedImage image = footer(width, height);
        // The call breathes (brightness and a slight rise and fall) but stays in its place.
        float pulse = reducedMotion ? 1f : (float) (0.78 + 0.22 * Math.sin(t * 2 * Math.PI / 3));
        int bob = reducedMotion ? 0 : (int) Math.round(Math.sin(t * 2 * Math.PI / 3) * metrics.px(4));
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(pulse * brightness)));
        g2.drawImage(image, (width - image.getWidth()) / 2, footerTop(width, height) - bob, null);
    }

    /**
     * The screen's ground and a large soft light that wanders across it on a slow Lissajous path.
     * Both are drawn once per screen size (the gradient small, then scaled up once): a frame costs
     * two image copies, never a gradient fill.
     */
    private void paintBackdrop(Graphics2D g2, double t, int width, int height) {
        if (backdrop == null) {
            backdrop = Backdrop.ground(width, height, Theme.color("Kiosk.background"), Theme.color("Kiosk.bar"),
                    getGraphicsConfiguration());
            glow = Backdrop.glow(Math.max(width, height), Theme.color("Kiosk.accent"), getGraphicsConfiguration());
        }
        g2.setComposite(AlphaComposite.Src);
        g2.drawImage(backdrop, 0, 0, null);
        int size = glow.getWidth();
        double speed = reducedMotion ? 0.2 : 1;
        int x = (int) Math.round(width / 2.0 - size / 2.0 + Math.sin(t * speed * 2 * Math.PI / 71) * width * 0.3);
        int y = (int) Math.round(height / 2.0 - size / 2.0 + Math.cos(t * speed * 2 * Math.PI / 53) * height * 0.25);
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, clamp(brightness)));
        g2.drawImage(glow, x, y, null);
    }

    /** Images made so far, by kind (for the unit test that keeps painting cheap). */
    int imagesMade() {
        return imagesMade;
    }

    private BufferedImage render(Scene scene, int width) {
        Column column = scene.build(metrics);
        int height = Math.max(1, column.heightForWidth(width));
        BufferedImage image = image(width, height);
        imagesMade++;
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
