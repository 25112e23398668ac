package org.exhibitkiosk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.exhibitkiosk.files.TextValue;

/**
 * The address the health endpoint listens on ({@code health.bind}): an IP address written out
 * ({@code 127.0.0.1}, {@code 0.0.0.0} for every network, {@code 192.168.4.20}, {@code ::1}), or
 * {@code localhost}. No name is looked up: a kiosk must start without a name server. Immutable.
 *
 * @param text    as written in kiosk.yaml
 * @param address the address itself
 */
@TextValue
public record BindAddress(String text, InetAddress address) {

    /** This computer only: the default. */
    public static final BindAddress LOOPBACK = new BindAddress("127.0.0.1", InetAddress.getLoopbackAddress());

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]?");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BindAddress parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("localhost")) {
            return new BindAddress(t, InetAddress.getLoopbackAddress());
        }
        if (IPV4.matcher(t).matches() || IPV6.matcher(t).matches()) {
            try {
                // A literal address: getByName parses it and asks no name server.
                return new BindAddress(t, InetAddress.getByName(t));
            } catch (UnknownHostException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an IP address such as 127.0.0.1 (this computer"
                + " only), 0.0.0.0 (every network) or this kiosk's own address");
    }

    /** Whether only this computer can reach the endpoint. */
    public boolean isLoopback() {
        return address.isLoopbackAddress();
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
