package org.exhibitkiosk.print;

import static com.hp.jipp.encoding.Tag.printerAttributes;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.MutableAttributeGroup;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Types;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A stand-in for CUPS on a loopback port, for tests without a cupsd: it answers each IPP operation
 * with a packet the test sets (most of them recorded from CUPS 2.4 answering for the cups-pdf
 * queues of {@code .ci/test.sh}, in {@code src/test/resources/ipp/}), and keeps every request with
 * the document that followed it.
 */
final class FakeCups implements AutoCloseable {

    /** One request as it arrived: its path, its IPP packet, and the document after it (empty for none). */
    record Request(String path, IppPacket packet, byte[] document) {
        int operation() {
            return packet.getCode();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newSingleThreadExecutor();
    private final Map<Integer, Function<Request, IppPacket>> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeCups() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                IppInputStream in = new IppInputStream(new ByteArrayInputStream(body));
                IppPacket packet = in.readPacket();
                Request request = new Request(exchange.getRequestURI().getPath(), packet, in.readAllBytes());
                requests.add(request);
                Function<Request, IppPacket> answer = answers.get(packet.getCode());
                if (answer == null) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (IppOutputStream out = new IppOutputStream(bytes)) {
                    out.write(answer.apply(request));
                }
                exchange.getResponseHeaders().set("Content-Type", "application/ipp");
                exchange.sendResponseHeaders(200, bytes.size());
                try (OutputStream out = exchange.getResponseBody()) {
                    bytes.writeTo(out);
                }
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** Answers {@code operation} (an IPP operation code) with what {@code answer} makes of the request. */
    FakeCups answer(int operation, Function<Request, IppPacket> answer) {
        answers.put(operation, answer);
        return this;
    }

    /** Answers {@code operation} with the same packet every time. */
    FakeCups answer(int operation, IppPacket packet) {
        return answer(operation, request -> packet);
    }

    /** A printer of this server's queue {@code queue}, with short timeouts. */
    CupsPrinter printer(String queue) {
        CupsServer cups = new CupsServer("127.0.0.1", server.getAddress().getPort(), Duration.ofSeconds(2));
        return new CupsPrinter(queue, cups, cups);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(int operation) {
        List<Request> of = new ArrayList<>();
        for (Request request : requests) {
            if (request.operation() == operation) {
                of.add(request);
            }
        }
        return of;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** A recorded answer from {@code src/test/resources/ipp/}. */
    static IppPacket recorded(String name) {
        try (InputStream in = FakeCups.class.getResourceAsStream("/ipp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer " + name);
            }
            return new IppInputStream(in).readPacket();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The recorded answer for the idle cups-pdf queue, as a printer in trouble would give it: its
     * printer-state, state reasons and message replaced, everything else as CUPS sent it.
     */
    static IppPacket printerSays(PrinterState state, List<String> reasons, String message) {
        IppPacket idle = recorded("printer-idle.ipp");
        List<AttributeGroup> groups = new ArrayList<>();
        for (AttributeGroup group : idle.getAttributeGroups()) {
            if (group.getTag() == printerAttributes) {
                MutableAttributeGroup changed = group.toMutable();
                changed.put(Types.printerState.of(state));
                changed.put(Types.printerStateReasons.of(reasons));
                changed.put(Types.printerStateMessage.of(message));
                groups.add(changed);
            } else {
                groups.add(group);
            }
        }
        return idle.withAttributeGroups(groups);
    }
}
