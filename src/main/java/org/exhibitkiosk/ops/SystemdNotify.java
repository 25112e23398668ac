package org.exhibitkiosk.ops;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The systemd watchdog's heartbeat. Java 17 cannot send the datagram sd_notify needs, so when the
 * service gives a NOTIFY_SOCKET (NotifyAccess=all), the heartbeat runs {@code systemd-notify
 * WATCHDOG=1} every few seconds. Without systemd it does nothing. Called from the watchdog thread.
 */
public final class SystemdNotify implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotify.class);
    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final boolean enabled = System.getenv("NOTIFY_SOCKET") != null;
    private long lastSent;
    private boolean readySent;

    @Override
    public void run() {
        if (!enabled || System.nanoTime() - lastSent < EVERY_NANOS) {
            return;
        }
        lastSent = System.nanoTime();
        send(readySent ? "WATCHDOG=1" : "READY=1");
        readySent = true;
    }

    private static void send(String state) {
        try {
            Process process = new ProcessBuilder("systemd-notify", "--pid=" + ProcessHandle.current().pid(), state)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            LOG.warn("systemd-notify could not run: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
