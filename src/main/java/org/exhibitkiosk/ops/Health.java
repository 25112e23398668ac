package org.exhibitkiosk.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.BearerToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's health for technicians and monitoring: {@code STATE/status.json}, rewritten whole
 * every half minute, and, when a port is configured, an HTTP endpoint ({@code /metrics} in the
 * Prometheus text format, {@code /status} as JSON), so a museum can watch a fleet of kiosks. It
 * listens on loopback unless told otherwise; beyond loopback every request must carry the bearer
 * token ({@code 401} without it), and an endpoint beyond loopback with no token does not start.
 * Runs on threads of its own. Thread-safe.
 */
public final class Health implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Health.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the kiosk reports about itself at one moment.
     *
     * @param contentVersion    the content on screen
     * @param contentHash       the {@code ContentHash} of the files that content was read from; "" unknown
     * @param lastReloadClean   whether the latest reading of the files was clean
     * @param lastReloadProblems problems of that reading
     * @param lastReloadAt      when
     * @param printer           the print queue's state, as last read
     * @param mode              attract, closed, visitor or staff
     * @param activity          what visitors and staff did, and what the screen shows
     */
    public record Snapshot(String contentVersion, String contentHash, boolean lastReloadClean, int lastReloadProblems,
                           Instant lastReloadAt, PrinterHealth printer, String mode, Activity activity) {
        public Snapshot {
            contentHash = contentHash == null ? "" : contentHash;
            printer = printer == null ? PrinterHealth.UNKNOWN : printer;
            activity = activity == null ? Activity.NONE : activity;
        }

        /** Without a hash or activity. */
        public Snapshot(String contentVersion, boolean lastReloadClean, int lastReloadProblems, Instant lastReloadAt,
                        PrinterHealth printer, String mode) {
            this(contentVersion, "", lastReloadClean, lastReloadProblems, lastReloadAt, printer, mode, null);
        }
    }

    /**
     * Counts and times since the kiosk started.
     *
     * @param visitorSessions visits begun
     * @param prints          summaries and handouts printed
     * @param printFailures   prints that failed
     * @param lastTouch       the last touch; the kiosk's start when nobody has touched it since; null unknown
     * @param open            whether it is within the opening hours now
     * @param noticeActive    whether a notice is shown over the screen
     */
    public record Activity(long visitorSessions, long prints, long printFailures, Instant lastTouch, boolean open,
                           boolean noticeActive) {
        public static final Activity NONE = new Activity(0, 0, 0, null, false, false);
    }

    /**
     * The print queue's state as monitoring reads it (made from the print desk's last check).
     *
     * @param state         one word: ready, out-of-paper, paper-jam, out-of-toner, cover-open, offline,
     *                      printer-error, stopped, rejecting, missing, no-default, cups-not-running, unknown
     * @param ready         whether a visitor can print now
     * @param queue         the queue's name; may be empty
     * @param activity      idle, printing, stopped or unknown
     * @param acceptingJobs whether the queue takes new jobs
     * @param reasons       the printer's state reasons as IPP keywords ("media-empty-error")
     * @param message       one line for staff
     * @param checkedAt     when the state was read; null before the first check
     */
    public record PrinterHealth(String state, boolean ready, String queue, String activity, boolean acceptingJobs,
                                List<String> reasons, String message, Instant checkedAt) {
        public static final PrinterHealth UNKNOWN = new PrinterHealth("unknown", false, "", "unknown", false,
                List.of(), "the printer's state has not been read yet", null);

        public PrinterHealth {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    private final Instant started = Instant.now();
    private final Supplier<Snapshot> snapshot;
    private final CrashGuard guard;
    private final EdtWatchdog watchdog;
    private final Path statusFile;
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(Threads.named("health"));
    private HttpServer server;
    private volatile Supplier<byte[]> screenshots;
    /** The token requests must carry: the one started with, or the one {@link #useToken} gave since. */
    private volatile BearerToken token;
    private volatile boolean beyondLoopback;

    /** @param snapshot gathers the kiosk's state; it must answer within a second or report the EDT stuck */
    public Health(Path stateFolder, Supplier<Snapshot> snapshot, CrashGuard guard, EdtWatchdog watchdog) {
        this.statusFile = stateFolder.resolve("status.json");
        this.snapshot = snapshot;
        this.guard = guard;
        this.watchdog = watchdog;
    }

    /**
     * Where and how the endpoint listens.
     *
     * @param port    0 for no endpoint
     * @param address the address to listen on
     * @param token   the bearer token requests must carry beyond loopback (and /screenshot always);
     *                null for none, which a non-loopback address refuses
     */
    public record Endpoint(int port, InetAddress address, BearerToken token) {
        public static Endpoint loopback(int port) {
            return new Endpoint(port, InetAddress.getLoopbackAddress(), null);
        }

        boolean beyondLoopback() {
            return !address.isLoopbackAddress();
        }
    }

    /**
     * Serves {@code /screenshot}: the source gives a PNG of what the screen shows now (it is called
     * on the endpoint's thread, never the EDT). Call before {@link #start}.
     */
    public void serveScreenshots(Supplier<byte[]> source) {
        this.screenshots = source;
    }

    /** Writes the status file now and every 30 s; serves HTTP on localhost when {@code port} > 0. */
    public void start(int port) {
        start(Endpoint.loopback(port));
    }

    /**
     * Writes the status file now and every 30 s; serves HTTP as {@code endpoint} says. An endpoint
     * beyond loopback without a token is not started, and the log says why.
     */
    public void start(Endpoint endpoint) {
        scheduler.scheduleWithFixedDelay(this::writeStatus, 0, 30, TimeUnit.SECONDS);
        if (endpoint.port() <= 0) {
            return;
        }
        String where = endpoint.address().getHostAddress() + ":" + endpoint.port();
        if (endpoint.beyondLoopback() && endpoint.token() == null) {
            LOG.error("health endpoint not started: it would listen on {}, reachable from other computers, but no"
                    + " token is set (health.tokenFile in kiosk.yaml); bind to 127.0.0.1 or give a token", where);
            return;
        }
        token = endpoint.token();
        beyondLoopback = endpoint.beyondLoopback();
        try {
            server = HttpServer.create(new InetSocketAddress(endpoint.address(), endpoint.port()), 0);
            boolean open = !endpoint.beyondLoopback();
            server.createContext("/metrics", guarded(() -> open,
                    exchange -> answer(exchange, "text/plain; version=0.0.4", metrics())));
            server.createContext("/status", guarded(() -> open,
                    exchange -> answer(exchange, "application/json", status().toString())));
            // The screen is no one's business but staff's: the token, wherever the endpoint listens.
            server.createContext("/screenshot", guarded(() -> token == null && open, this::screenshot));
            server.setExecutor(Executors.newSingleThreadExecutor(Threads.named("health-http")));
            server.start();
            LOG.info("health endpoint on http://{}/metrics{}", where,
                    endpoint.token() == null ? "" : " (bearer token required" + (open ? " for /screenshot)" : ")"));
        } catch (IOException e) {
            LOG.warn("health endpoint cannot listen on {}: {}", where, e.getMessage());
        }
    }

    /**
     * The token from now on, as the token file says after a change (a rotation, without a restart):
     * the next request must carry it, and the old one is refused. Null (the file no longer named, or
     * broken) keeps the token in force where the endpoint listens beyond loopback: it is never left
     * open there. The token is never logged. Any thread.
     *
     * @return whether the token in force changed
     */
    public boolean useToken(BearerToken next) {
        BearerToken current = token;
        if (next == null && beyondLoopback) {
            return false;
        }
        if (next == null ? current == null : next.equals(current)) {
            return false;
        }
        token = next;
        LOG.info("health endpoint: {}", next == null ? "no token from now on (this computer only)"
                : "the token file changed; the new token is in force, the old one is refused");
        return true;
    }

    /**
     * A handler that answers 401 unless the request carries the token in force; {@code open} lets
     * requests without one through (loopback /metrics and /status). Only GET is served.
     */
    private HttpHandler guarded(BooleanSupplier open, HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                String method = exchange.getRequestMethod();
                if (!method.equals("GET")) {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                BearerToken required = token;
                if (required != null && !open.getAsBoolean()
                        && !required.admits(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"kiosk\"");
                    byte[] body = "a bearer token is required\n".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(401, body.length);
                    exchange.getResponseBody().write(body);
                    return;
                }
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("health request {} failed: {}", exchange.getRequestURI().getPath(), e.getMessage());
            }
        };
    }

    private void screenshot(HttpExchange exchange) throws IOException {
        Supplier<byte[]> source = screenshots;
        if (source == null) {
            byte[] body = "no screen to show\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        byte[] png;
        try {
            png = source.get();
        } catch (RuntimeException e) {
            byte[] body = ("the screen could not be captured: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        answer(exchange, "image/png", png);
    }

    /** The port the endpoint listens on, or 0. */
    public int port() {
        return server == null ? 0 : server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        answer(exchange, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The status as JSON. */
    public ObjectNode status() {
        Snapshot now = snapshot.get();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        ObjectNode status = JSON.createObjectNode();
        status.put("at", Instant.now().toString());
        status.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
        status.put("mode", now.mode());
        status.put("contentVersion", now.contentVersion());
        status.put("contentHash", now.contentHash());
        ObjectNode reload = status.putObject("lastReload");
        reload.put("clean", now.lastReloadClean());
        reload.put("problems", now.lastReloadProblems());
        reload.put("at", now.lastReloadAt() == null ? null : now.lastReloadAt().toString());
        PrinterHealth printer = now.printer();
        status.put("printer", printer.state());
        ObjectNode queue = status.putObject("printerState");
        queue.put("queue", printer.queue());
        queue.put("ready", printer.ready());
        queue.put("activity", printer.activity());
        queue.put("acceptingJobs", printer.acceptingJobs());
        printer.reasons().forEach(queue.putArray("reasons")::add);
        queue.put("message", printer.message());
        queue.put("checkedAt", printer.checkedAt() == null ? null : printer.checkedAt().toString());
        Activity activity = now.activity();
        status.put("visitorSessions", activity.visitorSessions());
        status.put("prints", activity.prints());
        status.put("printFailures", activity.printFailures());
        status.put("lastTouchAt", activity.lastTouch() == null ? null : activity.lastTouch().toString());
        status.put("open", activity.open());
        status.put("noticeActive", activity.noticeActive());
        status.put("heapUsedBytes", heap.getUsed());
        status.put("heapMaxBytes", heap.getMax());
        status.put("uncaughtErrors", guard == null ? 0 : guard.uncaughtCount());
        status.put("lastError", guard == null ? null : guard.lastError());
        status.put("edtStallsOver100ms", watchdog == null ? 0 : watchdog.stallsOver100ms());
        return status;
    }

    /**
     * The status in the Prometheus text format. Names and labels are a contract with the museum's
     * alert rules and dashboards ({@code installer/fleet/}): add, never rename.
     */
    public String metrics() {
        ObjectNode s = status();
        StringBuilder m = new StringBuilder();
        metric(m, "kiosk_uptime_seconds", "Seconds since the kiosk started.", "gauge", s.get("uptimeSeconds").asLong());
        info(m, "kiosk_content_info", "The content on screen: its version, the hash of its files, the kiosk's mode.",
                "version", s.get("contentVersion").asText(), "hash", s.get("contentHash").asText(),
                "mode", s.get("mode").asText());
        metric(m, "kiosk_last_reload_clean", "1 when the latest reading of the files was clean.", "gauge",
                s.get("lastReload").get("clean").asBoolean() ? 1 : 0);
        metric(m, "kiosk_last_reload_problems", "Problems found by the latest reading of the files.", "gauge",
                s.get("lastReload").get("problems").asLong());
        metric(m, "kiosk_last_reload_timestamp_seconds", "When the files were last read (Unix time; 0 unknown).",
                "gauge", epochSeconds(s.get("lastReload").get("at")));
        metric(m, "kiosk_visitor_sessions_total", "Visits begun since the kiosk started.", "counter",
                s.get("visitorSessions").asLong());
        metric(m, "kiosk_prints_total", "Summaries and handouts printed since the kiosk started.", "counter",
                s.get("prints").asLong());
        metric(m, "kiosk_print_failures_total", "Prints that failed since the kiosk started.", "counter",
                s.get("printFailures").asLong());
        info(m, "kiosk_printer_info", "The printer's state, as last read from the print queue.",
                "state", s.get("printer").asText(), "queue", s.get("printerState").get("queue").asText());
        metric(m, "kiosk_printer_ready", "1 when a visitor can print now.", "gauge",
                s.get("printerState").get("ready").asBoolean() ? 1 : 0);
        m.append("# HELP kiosk_printer_reason The printer's state reasons from CUPS (printer-state-reasons, without"
                + " -error, -warning or -report); none when there are none.\n# TYPE kiosk_printer_reason gauge\n");
        Set<String> reasons = new TreeSet<>();
        s.get("printerState").get("reasons").forEach(reason -> reasons.add(reasonKeyword(reason.asText())));
        reasons.remove("none");
        reasons.remove("");
        for (String reason : reasons) {
            m.append("kiosk_printer_reason{reason=\"").append(escape(reason)).append("\"} 1\n");
        }
        metric(m, "kiosk_last_touch_timestamp_seconds", "The last touch (Unix time); the kiosk's start when nobody"
                + " has touched it since.", "gauge", epochSeconds(s.get("lastTouchAt")));
        metric(m, "kiosk_open", "1 within the opening hours.", "gauge", s.get("open").asBoolean() ? 1 : 0);
        metric(m, "kiosk_notice_active", "1 while a notice is shown over the screen.", "gauge",
                s.get("noticeActive").asBoolean() ? 1 : 0);
        metric(m, "kiosk_heap_used_bytes", "Java heap in use.", "gauge", s.get("heapUsedBytes").asLong());
        metric(m, "kiosk_heap_max_bytes", "Java heap limit.", "gauge", s.get("heapMaxBytes").asLong());
        metric(m, "kiosk_uncaught_errors_total", "Errors caught by the crash guard.", "counter",
                s.get("uncaughtErrors").asLong());
        metric(m, "kiosk_edt_stalls_total", "Times the event thread took over 100 ms to answer.", "counter",
                s.get("edtStallsOver100ms").asLong());
        return m.toString();
    }

    /** "media-empty-error" is "media-empty": the severity is in the printer's state already. */
    static String reasonKeyword(String reason) {
        for (String suffix : List.of("-error", "-warning", "-report")) {
            if (reason.endsWith(suffix)) {
                return reason.substring(0, reason.length() - suffix.length());
            }
        }
        return reason;
    }

    private static long epochSeconds(JsonNode instant) {
        return instant == null || instant.isNull() ? 0 : Instant.parse(instant.asText()).getEpochSecond();
    }

    private static void info(StringBuilder m, String name, String help, String... labels) {
        m.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n").append(name).append('{');
        for (int i = 0; i < labels.length; i += 2) {
            m.append(i == 0 ? "" : ",").append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
        }
        m.append("} 1\n");
    }

    private static void metric(StringBuilder m, String name, String help, String type, long value) {
        m.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n')
                .append(name).append(' ').append(String.format(Locale.ROOT, "%d", value)).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Writes status.json whole: a temporary file, then a rename. */
    public void writeStatus() {
        try {
            Files.createDirectories(statusFile.getParent());
            Path temporary = statusFile.resolveSibling("status.json.tmp");
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(status()));
            try {
                Files.move(temporary, statusFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, statusFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("status file {} could not be written: {}", statusFile, e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        if (server != null) {
            server.stop(0);
        }
    }
}
