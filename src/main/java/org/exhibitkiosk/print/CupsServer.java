package org.exhibitkiosk.print;

import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A CUPS server reached over IPP (RFC 8010/8011) on HTTP: one request, one answer, each with a
 * connect and read timeout, never through a proxy. The packets are built and read by jipp; this
 * class only carries them. Blocking; never on the EDT. Thread-safe.
 */
final class CupsServer {

    /** The largest answer read: CUPS's answers to the kiosk's requests are a few kilobytes. */
    private static final int MAX_ANSWER = 4 << 20;

    private final String host;
    private final int port;
    private final Duration timeout;

    CupsServer(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /**
     * The CUPS server as the CUPS tools find it: {@code $CUPS_SERVER}, then ServerName in
     * {@code /etc/cups/client.conf}, then the local server. A local domain socket means the local
     * server's port 631, where cupsd also listens.
     */
    static CupsServer local(Duration timeout) {
        String server = System.getenv("CUPS_SERVER");
        if (server == null || server.isBlank()) {
            server = clientConfServer(Path.of("/etc/cups/client.conf"));
        }
        if (server == null || server.isBlank() || server.strip().startsWith("/")) {
            server = "localhost";
        }
        return of(server.strip(), timeout);
    }

    /** A server given as {@code host} or {@code host:port} (IPv6 in brackets: {@code [::1]:631}). */
    static CupsServer of(String server, Duration timeout) {
        String host = server;
        String port = null;
        if (server.startsWith("[")) {
            int close = server.indexOf(']');
            if (close > 0 && server.startsWith(":", close + 1)) {
                host = server.substring(0, close + 1);
                port = server.substring(close + 2);
            }
        } else if (server.indexOf(':') > 0 && server.indexOf(':') == server.lastIndexOf(':')) {
            host = server.substring(0, server.indexOf(':'));
            port = server.substring(server.indexOf(':') + 1);
        } else if (server.indexOf(':') >= 0) {
            host = "[" + server + "]";          // a bare IPv6 address
        }
        try {
            return new CupsServer(host, port == null ? 631 : Integer.parseInt(port), timeout);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + server + "' is not a CUPS server such as localhost:631");
        }
    }

    static String clientConfServer(Path conf) {
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

    /** "localhost:631", for messages. */
    String address() {
        return host + ":" + port;
    }

    /** The queue's URI, as CUPS names it: {@code ipp://localhost:631/printers/kiosk}. */
    URI printerUri(String queue) {
        return URI.create("ipp://" + host + ":" + port + "/printers/" + encode(queue));
    }

    /** The server itself, for requests to no one queue (CUPS-Get-Default). */
    URI serverUri() {
        return URI.create("ipp://" + host + ":" + port + "/");
    }

    private static String encode(String queue) {
        return URLEncoder.encode(queue, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends {@code request} to {@code target} (a URI of this server), followed by {@code document}
     * when there is one, and reads the answer.
     *
     * @throws IOException when CUPS cannot be reached, does not answer in time, answers with an
     *                     HTTP error, or its answer is not IPP
     */
    IppPacket send(URI target, IppPacket request, byte[] document) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512 + (document == null ? 0 : document.length));
        try (IppOutputStream out = new IppOutputStream(body)) {
            out.write(request);
            if (document != null) {
                out.write(document);
            }
        }
        URI http = URI.create("http://" + host + ":" + port + target.getRawPath());
        HttpURLConnection connection = (HttpURLConnection) http.toURL().openConnection(Proxy.NO_PROXY);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        connection.setConnectTimeout(millis);
        connection.setReadTimeout(millis);
        connection.setDoOutput(true);
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/ipp");
        connection.setFixedLengthStreamingMode(body.size());
        try {
            try (OutputStream out = connection.getOutputStream()) {
                body.writeTo(out);
            }
            int status = connection.getResponseCode();
            if (status == HttpURLConnection.HTTP_UNAUTHORIZED || status == HttpURLConnection.HTTP_FORBIDDEN) {
                throw new IOException("CUPS at " + address() + " refused the request (HTTP " + status
                        + "): its policy asks for a password or forbids it");
            }
            if (status != HttpURLConnection.HTTP_OK) {
                throw new IOException("CUPS at " + address() + " answered HTTP " + status);
            }
            try (InputStream in = connection.getInputStream()) {
                byte[] answer = in.readNBytes(MAX_ANSWER);
                return new IppInputStream(new ByteArrayInputStream(answer)).readPacket();
            }
        } finally {
            connection.disconnect();
        }
    }
}
