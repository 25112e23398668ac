package org.exhibitkiosk.attract;

import java.awt.AlphaComposite;
import javax.swing.CellRendererPane;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Transparency;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.swing.JComponent;
import javax.swing.Timer;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;

/**
 * What the kiosk shows while nobody touches it: scenes that cross-fade and drift, over a slowly
 * wandering glow, with "touch to begin" in every language. It moves at 60 frames a second, and
 * nothing on it stands still for as long as a minute. Each scene is drawn once into an image, so
 * a frame costs a few image copies. The first touch leaves the loop and goes no further.
 * EDT only.
 */
public final class AttractLoop extends JComponent {

    /** One scene: built as components once, then kept as an image. */
    public interface Scene {
        Column build(Metrics metrics);
    }

    private static final int FRAME_MS = 16;
    private static final double FADE_SECONDS = 0.8;

    private final List<Scene> scenes;
    private final Scene footer;
    private final Metrics metrics;
    private final double sceneSeconds;
    private final boolean reducedMotion;
    private final float brightness;
    private final LongSupplier nanos;
    private final long startNanos;
    private final Map<Integer, BufferedImage> images = new HashMap<>();
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
        super.removeNotify();
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
            float alpha = 1f;
            if (!reducedMotion && inScene < FADE_SECONDS) {
                alpha = (float) (inScene / FADE_SECONDS);
                int previous = (index - 1 + scenes.size()) % scenes.size();
                if (t >= sceneSeconds) {
                    paintScene(g2, previous, 1f - alpha, sceneSeconds, width, height);
                }
            }
            paintScene(g2, index, alpha, inScene, width, height);
            paintFooter(g2, t, width, height);
        } finally {
            g2.dispose();
        }
    }

    private void paintScene(Graphics2D g2, int index, float alpha, double inScene, int width, int height) {
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

    private void paintFooter(Graphics2D g2, double t, int width, int height) {
        if (footerImage == null) {
            footerImage = render(footer, width * 9 / 10);
        }
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
