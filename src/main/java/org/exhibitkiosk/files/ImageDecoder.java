package org.exhibitkiosk.files;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.FloatSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * Decodes a picture of the content: PNG, JPEG or GIF with Java's image reader, SVG with JSVG
 * (drawn once, its longer side {@link #SVG_LONG_SIDE} px, so that screens never parse files).
 * Stateless, any thread; never touches Swing.
 */
public final class ImageDecoder {

    /** The longer side, in pixels, an SVG picture is drawn at (sharp on a 4K panel's half). */
    public static final int SVG_LONG_SIDE = 1600;

    /**
     * JSVG logs a damaged file's parse error with its stack trace; the curator is told the file's
     * problem at its line and column instead. Held here, so the setting is not collected.
     */
    private static final Logger JSVG_LOG = Logger.getLogger("com.github.weisj.jsvg");

    static {
        JSVG_LOG.setLevel(Level.OFF);
    }

    private ImageDecoder() {
    }

    /** Whether the file's name says it is an SVG picture. */
    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** The picture, or null when the file is not a picture that can be shown. */
    public static BufferedImage decode(Path file) throws IOException {
        if (!isSvg(file)) {
            return ImageIO.read(file.toFile());
        }
        SVGDocument document;
        try {
            document = new SVGLoader().load(file.toUri().toURL());
        } catch (RuntimeException e) {
            return null;
        }
        if (document == null) {
            return null;
        }
        FloatSize size = document.size();
        if (!(size.width > 0) || !(size.height > 0)) {
            return null;
        }
        double scale = SVG_LONG_SIDE / Math.max(size.width, size.height);
        int width = Math.max(1, (int) Math.round(size.width * scale));
        int height = Math.max(1, (int) Math.round(size.height * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            // No component: the picture is drawn off screen, on any thread.
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, null);
        } finally {
            g.dispose();
        }
        return image;
    }
}
