package org.exhibitkiosk.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Dimension;
import java.awt.Graphics;
import java.util.Map;
import javax.swing.JComponent;

/**
 * A QR code on screen, for a phone to scan: dark modules on a white square with the quiet zone
 * scanners need (whatever the theme's colours), as large as the component allows. EDT only.
 */
public final class QrView extends JComponent {

    private static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix modules;
    private final int side;

    /** @param side the code's side in pixels, quiet zone included */
    public QrView(String name, String text, int side) {
        setName(name);
        this.text = text;
        this.side = side;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of '" + text + "': " + e.getMessage(), e);
        }
        setOpaque(false);
    }

    /** What the code carries. */
    public String text() {
        return text;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(side, side);
    }

    @Override
    protected void paintComponent(Graphics g) {
        int available = Math.min(getWidth(), getHeight());
        int count = modules.getWidth() + 2 * QUIET_ZONE;
        int module = Math.max(1, available / count);
        int drawn = module * count;
        int x0 = (getWidth() - drawn) / 2;
        int y0 = (getHeight() - drawn) / 2;
        g.setColor(Theme.color("Kiosk.qrLight"));
        g.fillRect(x0, y0, drawn, drawn);
        g.setColor(Theme.color("Kiosk.qrDark"));
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    g.fillRect(x0 + (column + QUIET_ZONE) * module, y0 + (row + QUIET_ZONE) * module, module, module);
                }
            }
        }
    }
}
