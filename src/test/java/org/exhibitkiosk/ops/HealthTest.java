package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health report a museum's monitoring reads: the status file and the localhost endpoint. */
class HealthTest {

    @TempDir
    Path state;

    @Test
    void theStatusFileAndTheEndpointReportTheKiosksState() throws Exception {
        CrashGuard guard = new CrashGuard();
        guard.uncaughtException(Thread.currentThread(), new IllegalStateException("a test fault"));
        Health.Snapshot snapshot = new Health.Snapshot("2026.11-1", false, 3, Instant.parse("2026-11-25T12:00:00Z"),
                new Health.PrinterHealth("out-of-paper", false, "kiosk", "idle", true, List.of("media-empty-error"),
                        "printer 'kiosk': the printer is out of paper (media-empty-error)",
                        Instant.parse("2026-11-25T12:00:30Z")), "attract");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (Health health = new Health(state, () -> snapshot, guard, null)) {
            health.start(port);
            health.writeStatus();

            JsonNode status = new ObjectMapper().readTree(Files.readString(state.resolve("status.json")));
            assertThat(status.get("contentVersion").asText()).isEqualTo("2026.11-1");
            assertThat(status.get("lastReload").get("problems").asInt()).isEqualTo(3);
            assertThat(status.get("printer").asText()).isEqualTo("out-of-paper");
            JsonNode printer = status.get("printerState");
            assertThat(printer.get("queue").asText()).isEqualTo("kiosk");
            assertThat(printer.get("ready").asBoolean()).isFalse();
            assertThat(printer.get("activity").asText()).isEqualTo("idle");
            assertThat(printer.get("acceptingJobs").asBoolean()).isTrue();
            assertThat(printer.get("reasons").get(0).asText()).isEqualTo("media-empty-error");
            assertThat(printer.get("message").asText()).contains("out of paper");
            assertThat(printer.get("checkedAt").asText()).isEqualTo("2026-11-25T12:00:30Z");
            assertThat(status.get("uncaughtErrors").asLong()).isEqualTo(1);
            assertThat(status.get("lastError").asText()).contains("a test fault");
            assertThat(status.get("heapUsedBytes").asLong()).isPositive();

            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("# TYPE kiosk_uptime_seconds gauge")
                    .contains("kiosk_content_info{version=\"2026.11-1\",mode=\"attract\"} 1")
                    .contains("kiosk_last_reload_clean 0")
                    .contains("kiosk_last_reload_problems 3")
                    .contains("kiosk_printer_info{state=\"out-of-paper\"} 1")
                    .contains("kiosk_printer_ready 0")
                    .contains("kiosk_uncaught_errors_total 1");
        }
    }
}
