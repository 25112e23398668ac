package org.exhibitkiosk.ops;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.DailyHours;
import org.exhibitkiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the screen's power (the installer no longer has a timer for it): with
 * {@code display.power: hours} the screen is on from 30 minutes before opening to 15 minutes after
 * closing and off otherwise ({@code xset dpms force off}; {@code cec-client} puts a television in
 * standby too where one is installed); with {@code always-on} it is never switched off. Checked
 * every 30 seconds: while off it is switched off again each time (a touch wakes a DPMS screen; the
 * next check puts it out again). An evacuation notice switches it on and keeps it on while it
 * stands. The commands go through an injected {@link Commands}, so tests use a fake (Xvfb has no
 * DPMS). Runs on a thread of its own; thread-safe.
 */
public final class ScreenPower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenPower.class);
    /** The screen comes on this long before opening, for staff and for the first visitors. */
    public static final Duration BEFORE_OPENING = Duration.ofMinutes(30);
    /** And stays on this long after closing. */
    public static final Duration AFTER_CLOSING = Duration.ofMinutes(15);

    /** Runs a program with some standard input; answers its exit status. */
    public interface Commands {
        int run(List<String> command, String input) throws IOException, InterruptedException;

        /** Whether a program of that name is on the PATH. */
        boolean has(String program);

        /** The system's programs, each run with a time limit of 10 s. */
        Commands SYSTEM = new Commands() {
            @Override
            public int run(List<String> command, String input) throws IOException, InterruptedException {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                try (OutputStream in = process.getOutputStream()) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return -1;
                }
                return process.exitValue();
            }

            @Override
            public boolean has(String program) {
                String path = System.getenv("PATH");
                if (path == null) {
                    return false;
                }
                for (String dir : path.split(File.pathSeparator)) {
                    Path candidate = Path.of(dir, program);
                    if (Files.isExecutable(candidate)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** What the screen should be. */
    public enum State { ON, OFF }

    private final Commands commands;
    private final Clock clock;
    private final Supplier<KioskConfig> config;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(Threads.named("screen-power"));
    private volatile boolean evacuating;
    private State applied;
    private boolean xsetMissingLogged;

    /** @param config the configuration in force, asked at each check */
    public ScreenPower(Commands commands, Clock clock, Supplier<KioskConfig> config) {
        this.commands = commands;
        this.clock = clock;
        this.config = config;
    }

    /** Checks now and every 30 seconds. */
    public void start() {
        thread.scheduleWithFixedDelay(this::check, 0, 30, TimeUnit.SECONDS);
    }

    /** What the screen should be at {@code now}, by the configuration alone. */
    public static State wanted(KioskConfig config, Instant now) {
        if (config.display().power() == KioskConfig.Power.ALWAYS_ON) {
            return State.ON;
        }
        ZonedDateTime local = now.atZone(config.timeZone());
        // Yesterday's late hours may reach past midnight with the margin; today's early ones before it.
        for (int days = -1; days <= 1; days++) {
            ZonedDateTime day = local.plusDays(days);
            DailyHours hours = config.openingHours().on(day.getDayOfWeek());
            if (hours.isClosedAllDay()) {
                continue;
            }
            ZonedDateTime opens = day.toLocalDate().atTime(hours.opens()).atZone(config.timeZone());
            ZonedDateTime closes = hours.closes().equals(LocalTime.MAX)
                    ? day.toLocalDate().plusDays(1).atStartOfDay(config.timeZone())
                    : day.toLocalDate().atTime(hours.closes()).atZone(config.timeZone());
            Instant from = opens.toInstant().minus(BEFORE_OPENING);
            Instant to = closes.toInstant().plus(AFTER_CLOSING);
            if (!now.isBefore(from) && now.isBefore(to)) {
                return State.ON;
            }
        }
        return State.OFF;
    }

    /**
     * An evacuation notice came ({@code true}: the screen goes on at once and stays on) or went
     * ({@code false}: the opening hours decide again). Any thread; the commands run on this one's.
     */
    public void evacuating(boolean now) {
        evacuating = now;
        thread.execute(this::check);
    }

    /** One check: switches the screen when it should change, and off again while it should be off. */
    synchronized void check() {
        try {
            KioskConfig current = config.get();
            if (current == null) {
                return;
            }
            State state = evacuating ? State.ON : wanted(current, clock.instant());
            if (state == applied && state == State.ON) {
                return;
            }
            if (state != applied) {
                LOG.info("screen {}{}", state == State.ON ? "on" : "off", evacuating ? " (an evacuation notice)"
                        : current.display().power() == KioskConfig.Power.ALWAYS_ON ? " (display.power: always-on)"
                        : " (opening hours)");
            }
            switchTo(state, state != applied);
            applied = state;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the screen could not be switched: {}", e.getMessage());
        }
    }

    private void switchTo(State state, boolean changed) throws IOException, InterruptedException {
        if (commands.has("xset")) {
            int status = commands.run(List.of("xset", "dpms", "force", state == State.ON ? "on" : "off"), "");
            if (status != 0 && !xsetMissingLogged) {
                xsetMissingLogged = true;
                LOG.warn("xset dpms failed (status {}): this display may have no DPMS", status);
            }
        } else if (!xsetMissingLogged) {
            xsetMissingLogged = true;
            LOG.warn("xset is not installed: the screen's power cannot be switched (apt-get install x11-xserver-utils)");
        }
        if (changed && commands.has("cec-client")) {
            // HDMI-CEC: the television or monitor at logical address 0; -s runs one command, -d 1 is quiet.
            commands.run(List.of("cec-client", "-s", "-d", "1"), state == State.ON ? "on 0\n" : "standby 0\n");
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
