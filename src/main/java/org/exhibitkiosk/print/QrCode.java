package org.exhibitkiosk.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code drawn as filled rectangles (vectors, sharp at any printer resolution). Immutable. */
final class QrCode {

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Modules across (without the quiet zone). */
    int size() {
        return modules.getWidth();
    }

    /** Draws the code with its lower-left corner at (x, y), {@code side} points square. */
    void draw(PDPageContentStream content, float x, float y, float side, Color color) throws IOException {
        float module = side / modules.getWidth();
        content.setNonStrokingColor(color);
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                // A hair wider than the module, so no white seams appear between rows when rasterised.
                content.addRect(x + start * module, y + side - (row + 1) * module - 0.02f,
                        (column - start) * module, module + 0.04f);
            }
        }
        content.fill();
    }
}
