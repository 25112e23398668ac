package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A technician who cannot walk to the gallery asks the kiosk what its screen shows: /screenshot,
 * with the bearer token, answers a PNG the size of the kiosk's window, of the screen now shown;
 * without the token, 401.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class ScreenshotEndpointGuiIT {

    private static final String TOKEN = "b6a0c3d9e8f7a1b2c3d4e5f60718293a";

    @TempDir
    Path temp;

    @Test
    void theScreenshotIsAPngOfTheWindowsSize() throws Exception {
        TestFolders folders = TestFolders.copyInto(temp);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = folders.config().resolve("kiosk.yaml");
        Files.writeString(config, Files.readString(config) + "\nhealth:\n  httpPort: " + port
                + "\n  tokenFile: health-token\n");
        Files.writeString(folders.config().resolve("health-token"), TOKEN + "\n");

        try (RunningKiosk kiosk = RunningKiosk.start(folders.content(), folders.config(), null)) {
            kiosk.waitFor("screen.welcome");
            assertThat(kiosk.kiosk().health().port()).isEqualTo(port);
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + port + "/screenshot");

            HttpResponse<byte[]> refused = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(refused.statusCode()).isEqualTo(401);

            HttpResponse<byte[]> shot = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(shot.statusCode()).isEqualTo(200);
            assertThat(shot.headers().firstValue("Content-Type")).hasValue("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(shot.body()));
            assertThat(image).as("a PNG").isNotNull();
            Dimension window = GuiActionRunner.execute(() -> kiosk.kiosk().frame().getSize());
            assertThat(new Dimension(image.getWidth(), image.getHeight())).isEqualTo(window);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "endpoint-screenshot.png"), shot.body());
            // The welcome screen is on it, not an empty frame: more than one colour.
            int first = image.getRGB(0, 0);
            boolean varied = false;
            for (int y = 0; y < image.getHeight() && !varied; y += 7) {
                for (int x = 0; x < image.getWidth() && !varied; x += 7) {
                    varied = image.getRGB(x, y) != first;
                }
            }
            assertThat(varied).as("the screenshot shows the screen, not a blank").isTrue();
        }
    }
}
