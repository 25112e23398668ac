package org.exhibitkiosk.app;

import com.formdev.flatlaf.FlatDarkLaf;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.time.Duration;
import java.time.Instant;
import javax.swing.JFrame;
import javax.swing.JPanel;

/**
 * The benchmark's floor: an empty FlatLaf fullscreen frame, started and measured exactly as the
 * kiosk's {@code --smoke} is (JVM start to the end of the first paint, after Toolkit.sync), so the
 * kiosk's first frame can be judged against what Java and FlatLaf cost on this machine.
 */
public final class FloorFrame {

    private FloorFrame() {
    }

    public static void main(String[] args) {
        // The same rendering settings as the kiosk, set before AWT loads.
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
        EventQueue.invokeLater(() -> {
            FlatDarkLaf.setup();
            JFrame frame = new JFrame("floor");
            frame.setUndecorated(true);
            boolean[] reported = {false};
            frame.setContentPane(new JPanel() {
                @Override
                public void paint(Graphics g) {
                    super.paint(g);
                    if (!reported[0]) {
                        reported[0] = true;
                        EventQueue.invokeLater(() -> {
                            Toolkit.getDefaultToolkit().sync();
                            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                            System.out.println("first-frame-ms " + Duration.between(start, Instant.now()).toMillis());
                            System.exit(0);
                        });
                    }
                }
            });
            GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
            if (device.isFullScreenSupported()) {
                device.setFullScreenWindow(frame);
            } else {
                frame.setBounds(device.getDefaultConfiguration().getBounds());
                frame.setVisible(true);
            }
        });
    }
}
