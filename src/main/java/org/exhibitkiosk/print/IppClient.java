package org.exhibitkiosk.print;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few IPP requests the kiosk asks of CUPS (RFC 8010/8011): a printer's attributes, the jobs of a
 * queue, cancelling a job, the default printer. javax.print on JDK 17 reports neither a queue's state
 * nor a job's outcome, so the kiosk asks CUPS itself. Every request has a connect and read timeout.
 * Blocking; never on the EDT. Thread-safe.
 */
final class IppClient {

    static final int GET_JOB_ATTRIBUTES = 0x0009;
    static final int GET_JOBS = 0x000A;
    static final int CANCEL_JOB = 0x0008;
    static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    static final int CUPS_GET_DEFAULT = 0x4001;

    static final int STATUS_NOT_FOUND = 0x0406;

    private static final int TAG_OPERATION = 0x01;
    private static final int TAG_JOB = 0x02;
    private static final int TAG_END = 0x03;
    private static final int TAG_PRINTER = 0x04;
    private static final int INTEGER = 0x21;
    private static final int BOOLEAN = 0x22;
    private static final int ENUM = 0x23;
    private static final int NAME = 0x42;
    private static final int KEYWORD = 0x44;
    private static final int URI_TAG = 0x45;
    private static final int CHARSET = 0x47;
    private static final int LANGUAGE = 0x48;

    private final String host;
    private final int port;
    private final Duration timeout;
    private final AtomicInteger requestIds = new AtomicInteger(1);

    IppClient(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /**
     * The CUPS server as the CUPS tools find it: {@code $CUPS_SERVER}, then ServerName in
     * {@code /etc/cups/client.conf}, then the local server. A local domain socket means the local
     * server's port 631, where cupsd also listens.
     */
    static IppClient local(Duration timeout) {
        String server = System.getenv("CUPS_SERVER");
        if (server == null || server.isBlank()) {
            server = clientConfServer();
        }
        if (server == null || server.isBlank() || server.startsWith("/")) {
            server = "localhost";
        }
        return of(server.strip(), timeout);
    }

    /** A server given as {@code host} or {@code host:port}. */
    static IppClient of(String server, Duration timeout) {
        String host = server;
        int port = 631;
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(']') < colon) {
            host = server.substring(0, colon);
            try {
                port = Integer.parseInt(server.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + server + "' is not a CUPS server such as localhost:631");
            }
        }
        return new IppClient(host, port, timeout);
    }

    private static String clientConfServer() {
        Path conf = Path.of("/etc/cups/client.conf");
        try {
            if (Files.isReadable(conf)) {
                for (String line : Files.readAllLines(conf)) {
                    String trimmed = line.strip();
                    if (trimmed.regionMatches(true, 0, "ServerName ", 0, 11)) {
                        return trimmed.substring(11).strip();
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    String server() {
        return host + ":" + port;
    }

    String printerUri(String queue) {
        return "ipp://" + host + ":" + port + "/printers/" + queue;
    }

    /** One attribute of a request. */
    record Attribute(int tag, String name, List<Object> values) {
        static Attribute of(int tag, String name, Object... values) {
            return new Attribute(tag, name, List.of(values));
        }
    }

    /** A response: its status and its attribute groups, each a map from name to values. */
    record Response(int status, List<Group> groups) {
        boolean ok() {
            return status < 0x0100;
        }

        List<Map<String, List<Object>>> groups(int tag) {
            return groups.stream().filter(g -> g.tag() == tag).map(Group::attributes).toList();
        }

        Map<String, List<Object>> printer() {
            List<Map<String, List<Object>>> printers = groups(TAG_PRINTER);
            return printers.isEmpty() ? Map.of() : printers.get(0);
        }

        List<Map<String, List<Object>>> jobs() {
            return groups(TAG_JOB);
        }
    }

    record Group(int tag, Map<String, List<Object>> attributes) {
    }

    Response printerAttributes(String queue) throws IOException {
        return send(GET_PRINTER_ATTRIBUTES, "/printers/" + queue, List.of(
                Attribute.of(URI_TAG, "printer-uri", printerUri(queue)),
                Attribute.of(NAME, "requesting-user-name", user()),
                Attribute.of(KEYWORD, "requested-attributes", "printer-state", "printer-state-reasons",
                        "printer-state-message", "printer-is-accepting-jobs", "printer-name")));
    }

    Response jobs(String queue) throws IOException {
        return send(GET_JOBS, "/printers/" + queue, List.of(
                Attribute.of(URI_TAG, "printer-uri", printerUri(queue)),
                Attribute.of(NAME, "requesting-user-name", user()),
                Attribute.of(KEYWORD, "which-jobs", "all"),
                Attribute.of(KEYWORD, "requested-attributes", "job-id", "job-name", "job-state",
                        "job-state-reasons", "job-printer-state-message")));
    }

    Response cancel(String queue, int jobId) throws IOException {
        return send(CANCEL_JOB, "/printers/" + queue, List.of(
                Attribute.of(URI_TAG, "printer-uri", printerUri(queue)),
                Attribute.of(INTEGER, "job-id", jobId),
                Attribute.of(NAME, "requesting-user-name", user())));
    }

    /** The default printer's name, or null when CUPS has none. */
    String defaultPrinter() throws IOException {
        Response response = send(CUPS_GET_DEFAULT, "/", List.of(
                Attribute.of(KEYWORD, "requested-attributes", "printer-name")));
        if (!response.ok()) {
            return null;
        }
        List<Object> name = response.printer().get("printer-name");
        return name == null || name.isEmpty() ? null : name.get(0).toString();
    }

    private static String user() {
        return System.getProperty("user.name", "kiosk");
    }

    Response send(int operation, String path, List<Attribute> attributes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        out.writeByte(2);
        out.writeByte(0);
        out.writeShort(operation);
        out.writeInt(requestIds.getAndIncrement());
        out.writeByte(TAG_OPERATION);
        write(out, CHARSET, "attributes-charset", "utf-8");
        write(out, LANGUAGE, "attributes-natural-language", "en");
        for (Attribute attribute : attributes) {
            for (int i = 0; i < attribute.values().size(); i++) {
                write(out, attribute.tag(), i == 0 ? attribute.name() : "", attribute.values().get(i));
            }
        }
        out.writeByte(TAG_END);

        HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + host + ":" + port + path)
                .toURL().openConnection(java.net.Proxy.NO_PROXY);
        connection.setConnectTimeout((int) timeout.toMillis());
        connection.setReadTimeout((int) timeout.toMillis());
        connection.setDoOutput(true);
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/ipp");
        connection.setFixedLengthStreamingMode(body.size());
        try {
            try (OutputStream request = connection.getOutputStream()) {
                body.writeTo(request);
            }
            int http = connection.getResponseCode();
            if (http != 200) {
                throw new IOException("CUPS at " + server() + " answered HTTP " + http);
            }
            try (InputStream in = connection.getInputStream()) {
                return parse(new DataInputStream(in));
            }
        } finally {
            connection.disconnect();
        }
    }

    private static void write(DataOutputStream out, int tag, String name, Object value) throws IOException {
        out.writeByte(tag);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        out.writeShort(nameBytes.length);
        out.write(nameBytes);
        if (value instanceof Integer number) {
            out.writeShort(4);
            out.writeInt(number);
        } else if (value instanceof Boolean flag) {
            out.writeShort(1);
            out.writeByte(flag ? 1 : 0);
        } else {
            byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
            out.writeShort(bytes.length);
            out.write(bytes);
        }
    }

    private static Response parse(DataInputStream in) throws IOException {
        in.readUnsignedShort();                 // version
        int status = in.readUnsignedShort();
        in.readInt();                           // request id
        List<Group> groups = new ArrayList<>();
        Map<String, List<Object>> current = null;
        String lastName = null;
        while (true) {
            int tag = in.readUnsignedByte();
            if (tag == TAG_END) {
                break;
            }
            if (tag < 0x10) {
                current = new LinkedHashMap<>();
                groups.add(new Group(tag, current));
                continue;
            }
            String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
            byte[] value = in.readNBytes(in.readUnsignedShort());
            Object decoded = switch (tag) {
                case INTEGER, ENUM -> value.length == 4 ? java.nio.ByteBuffer.wrap(value).getInt() : 0;
                case BOOLEAN -> value.length == 1 && value[0] != 0;
                default -> new String(value, StandardCharsets.UTF_8);
            };
            if (!name.isEmpty()) {
                lastName = name;
            }
            if (current != null && lastName != null) {
                current.computeIfAbsent(lastName, n -> new ArrayList<>()).add(decoded);
            }
        }
        return new Response(status, groups);
    }
}
