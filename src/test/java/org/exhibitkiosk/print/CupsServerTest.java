package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where the kiosk finds CUPS, as the CUPS tools do: a server name with or without a port, client.conf. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CupsServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path temp;

    @Test
    void aServerIsAHostWithCupssPortUnlessOneIsGiven() {
        assertThat(CupsServer.of("localhost", TIMEOUT).address()).isEqualTo("localhost:631");
        assertThat(CupsServer.of("print-server:8631", TIMEOUT).address()).isEqualTo("print-server:8631");
        assertThat(CupsServer.of("[::1]:8631", TIMEOUT).address()).isEqualTo("[::1]:8631");
        assertThat(CupsServer.of("::1", TIMEOUT).address()).isEqualTo("[::1]:631");
        assertThat(CupsServer.of("localhost", TIMEOUT).printerUri("kiosk").toString())
                .isEqualTo("ipp://localhost:631/printers/kiosk");
        assertThatThrownBy(() -> CupsServer.of("localhost:ipp", TIMEOUT))
                .hasMessage("'localhost:ipp' is not a CUPS server such as localhost:631");
    }

    @Test
    void clientConfNamesTheServerAsForTheCupsTools() throws IOException {
        Path conf = temp.resolve("client.conf");
        Files.writeString(conf, "# the museum's print server\nServerName prints.example.org:631\n");
        assertThat(CupsServer.clientConfServer(conf)).isEqualTo("prints.example.org:631");
        assertThat(CupsServer.clientConfServer(temp.resolve("none.conf"))).isNull();
    }
}
