package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
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
import org.exhibitkiosk.config.BearerToken;
import org.exhibitkiosk.files.Problems;
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
                    .contains("kiosk_content_info{version=\"2026.11-1\",hash=\"\",mode=\"attract\"} 1")
                    .contains("kiosk_last_reload_clean 0")
                    .contains("kiosk_last_reload_problems 3")
                    .contains("kiosk_printer_info{state=\"out-of-paper\",queue=\"kiosk\"} 1")
                    .contains("kiosk_printer_reason{reason=\"media-empty\"} 1")
                    .contains("kiosk_printer_ready 0")
                    .contains("kiosk_uncaught_errors_total 1");
        }
    }

    private static final String TOKEN = "3f9c2a7e51d84b06a1e2c9f0b7d6e5a4";

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Health.Snapshot quiet() {
        return new Health.Snapshot("v1", true, 0, null, null, "attract");
    }

    @Test
    void beyondLoopbackEveryEndpointAsksForTheBearerToken() throws Exception {
        int port = freePort();
        try (Health health = new Health(state, HealthTest::quiet, null, null)) {
            health.start(new Health.Endpoint(port, InetAddress.getByName("0.0.0.0"), BearerToken.of(TOKEN)));
            assertThat(health.port()).isEqualTo(port);

            for (String path : List.of("/metrics", "/status")) {
                HttpResponse<String> without = get(port, path, null);
                assertThat(without.statusCode()).as(path + " without a token").isEqualTo(401);
                assertThat(without.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer"));
                assertThat(without.body()).doesNotContain("kiosk_uptime_seconds").doesNotContain(TOKEN);
                assertThat(get(port, path, "Bearer not-the-token-at-all-000").statusCode()).isEqualTo(401);
                assertThat(get(port, path, TOKEN).statusCode()).as("the token without 'Bearer'").isEqualTo(401);
                HttpResponse<String> with = get(port, path, "Bearer " + TOKEN);
                assertThat(with.statusCode()).as(path + " with the token").isEqualTo(200);
            }
            assertThat(get(port, "/metrics", "Bearer " + TOKEN).body()).contains("kiosk_uptime_seconds");
        }
    }

    @Test
    void aRotatedTokenIsInForceAtOnceAndTheOldOneIsRefused() throws Exception {
        String next = "9d1e7b3a0c5f48e2b6a4d8c1f7e0a935";
        int port = freePort();
        try (Health health = new Health(state, HealthTest::quiet, null, null)) {
            health.serveScreenshots(() -> new byte[] {1});
            health.start(new Health.Endpoint(port, InetAddress.getByName("0.0.0.0"), BearerToken.of(TOKEN)));
            assertThat(get(port, "/status", "Bearer " + TOKEN).statusCode()).isEqualTo(200);

            assertThat(health.useToken(BearerToken.of(TOKEN))).as("the same token read again: no change").isFalse();
            assertThat(health.useToken(BearerToken.of(next))).isTrue();
            for (String path : List.of("/metrics", "/status", "/screenshot")) {
                assertThat(get(port, path, "Bearer " + TOKEN).statusCode()).as(path + ", the old token").isEqualTo(401);
                assertThat(get(port, path, "Bearer " + next).statusCode()).as(path + ", the new one").isEqualTo(200);
            }
            assertThat(health.useToken(null)).as("beyond loopback, never left without a token").isFalse();
            assertThat(get(port, "/status", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/status", "Bearer " + next).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anEndpointBeyondLoopbackWithNoTokenDoesNotStart() throws Exception {
        int port = freePort();
        try (Health health = new Health(state, HealthTest::quiet, null, null)) {
            health.start(new Health.Endpoint(port, InetAddress.getByName("0.0.0.0"), null));
            assertThat(health.port()).isZero();
            health.writeStatus();
            assertThat(state.resolve("status.json")).exists();
        }
    }

    @Test
    void onLoopbackMetricsAndStatusNeedNoToken() throws Exception {
        int port = freePort();
        try (Health health = new Health(state, HealthTest::quiet, null, null)) {
            health.start(new Health.Endpoint(port, InetAddress.getLoopbackAddress(), BearerToken.of(TOKEN)));
            assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(200);
            assertThat(get(port, "/status", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theTokenIsComparedWholeAndNeverShown() {
        BearerToken token = BearerToken.of(TOKEN);
        assertThat(token.admits("Bearer " + TOKEN)).isTrue();
        assertThat(token.admits("bearer " + TOKEN)).isTrue();
        assertThat(token.admits("Bearer " + TOKEN.substring(1))).isFalse();
        assertThat(token.admits("Bearer " + TOKEN + "x")).isFalse();
        assertThat(token.admits(null)).isFalse();
        assertThat(token.admits("Basic " + TOKEN)).isFalse();
        assertThat(token.toString()).doesNotContain(TOKEN);
    }

    @Test
    void aTokenFileIsReadLikeThePinFileAndAShortTokenIsRefusedWhereItStands() throws Exception {
        Path good = state.resolve("health-token");
        Files.writeString(good, "# the health endpoint's token\n" + TOKEN + "\n");
        Problems problems = new Problems();
        assertThat(BearerToken.read(good, problems)).hasValueSatisfying(
                token -> assertThat(token.admits("Bearer " + TOKEN)).isTrue());
        assertThat(problems.sorted()).isEmpty();

        Path shortToken = state.resolve("short-token");
        Files.writeString(shortToken, "# too short\n\nabc123\n");
        assertThat(BearerToken.read(shortToken, problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.message()).contains("at least 16");
        });
    }

    @Test
    void everyMetricOfTheFleetContractIsThereWithAPlausibleValue() throws Exception {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        Instant reloaded = Instant.parse("2026-12-02T09:30:00Z");
        Instant touched = Instant.parse("2026-12-02T10:15:42Z");
        Health.Snapshot snapshot = new Health.Snapshot("2026.12-2", hash, true, 0, reloaded,
                new Health.PrinterHealth("ready", true, "kiosk", "idle", true, List.of("none"), "ready",
                        Instant.parse("2026-12-02T10:16:00Z")), "visitor",
                new Health.Activity(17, 5, 2, touched, true, true));
        try (Health health = new Health(state, () -> snapshot, new CrashGuard(), null)) {
            JsonNode status = health.status();
            assertThat(status.get("contentHash").asText()).isEqualTo(hash);
            assertThat(status.get("lastReload").get("clean").asBoolean()).isTrue();
            assertThat(status.get("lastReload").get("problems").asInt()).isZero();
            assertThat(Instant.parse(status.get("lastReload").get("at").asText())).isEqualTo(reloaded);
            assertThat(status.get("visitorSessions").asLong()).isEqualTo(17);
            assertThat(status.get("open").asBoolean()).isTrue();
            assertThat(status.get("noticeActive").asBoolean()).isTrue();

            String metrics = health.metrics();
            assertThat(metrics.lines()).contains(
                    "kiosk_content_info{version=\"2026.12-2\",hash=\"" + hash + "\",mode=\"visitor\"} 1",
                    "kiosk_last_reload_clean 1",
                    "kiosk_last_reload_problems 0",
                    "kiosk_last_reload_timestamp_seconds " + reloaded.getEpochSecond(),
                    "kiosk_visitor_sessions_total 17",
                    "kiosk_prints_total 5",
                    "kiosk_print_failures_total 2",
                    "kiosk_printer_info{state=\"ready\",queue=\"kiosk\"} 1",
                    "kiosk_printer_ready 1",
                    "kiosk_last_touch_timestamp_seconds " + touched.getEpochSecond(),
                    "kiosk_open 1",
                    "kiosk_notice_active 1",
                    "kiosk_uncaught_errors_total 0",
                    "kiosk_edt_stalls_total 0",
                    "# TYPE kiosk_visitor_sessions_total counter",
                    "# TYPE kiosk_printer_reason gauge");
            assertThat(metrics).as("no reason line when CUPS says none").doesNotContain("kiosk_printer_reason{");
            assertThat(metrics.lines().filter(line -> line.startsWith("kiosk_uptime_seconds ")).findFirst())
                    .hasValueSatisfying(line -> assertThat(Long.parseLong(line.split(" ")[1])).isNotNegative());
            assertThat(metrics.lines().filter(line -> line.startsWith("kiosk_heap_used_bytes ")).findFirst())
                    .hasValueSatisfying(line -> assertThat(Long.parseLong(line.split(" ")[1])).isPositive());
            // Every sample line is NAME{LABELS} VALUE or NAME VALUE, as Prometheus reads it.
            assertThat(metrics.lines().filter(line -> !line.startsWith("#")))
                    .allMatch(line -> line.matches("kiosk_[a-z_]+(\\{[a-z]+=\"[^\"]*\"(,[a-z]+=\"[^\"]*\")*\\})? -?\\d+"));
        }
    }

    @Test
    void theScreenshotAsksForTheTokenEvenOnLoopback() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        int port = freePort();
        try (Health health = new Health(state, HealthTest::quiet, null, null)) {
            health.serveScreenshots(() -> png);
            health.start(new Health.Endpoint(port, InetAddress.getLoopbackAddress(), BearerToken.of(TOKEN)));
            assertThat(get(port, "/screenshot", null).statusCode()).isEqualTo(401);
            HttpResponse<byte[]> shot = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/screenshot")).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(shot.statusCode()).isEqualTo(200);
            assertThat(shot.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(shot.body()).isEqualTo(png);
        }
        int open = freePort();
        try (Health health = new Health(state, HealthTest::quiet, null, null)) {
            health.serveScreenshots(() -> png);
            health.start(Health.Endpoint.loopback(open));
            assertThat(get(open, "/screenshot", null).statusCode()).as("loopback with no token set").isEqualTo(200);
        }
    }
}
