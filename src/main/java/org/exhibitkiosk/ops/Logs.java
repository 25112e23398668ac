package org.exhibitkiosk.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Adds the kiosk's log files to standard error: {@code kiosk.log} in the configured folder, rolled
 * daily and at 10 MB, kept 30 days and at most 300 MB in all (Logback does the rolling). Logs hold
 * no personal data: the kiosk knows none, and never writes a PIN. Opened once, off the EDT, and
 * closed by the kiosk that opened it, so no appender outlives its kiosk.
 */
public final class Logs implements AutoCloseable {

    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{0}: %msg%n";
    private static final String APPENDER = "FILE";

    private final Logger root;
    private final RollingFileAppender<ILoggingEvent> file;

    private Logs(Logger root, RollingFileAppender<ILoggingEvent> file) {
        this.root = root;
        this.file = file;
    }

    /**
     * Starts writing log files into {@code folder}; null when it cannot (said on standard error), or
     * when another kiosk in this JVM already writes them.
     */
    public static Logs writeTo(Path folder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LoggerFactory.getLogger(Logs.class).warn("log folder {} cannot be created ({}); logging to standard"
                    + " error only", folder, e.getMessage());
            return null;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) != null) {
            return null;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setName(APPENDER);
        file.setContext(context);
        file.setFile(folder.resolve("kiosk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(folder.resolve("kiosk.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("300MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
        LoggerFactory.getLogger(Logs.class).info("logging to {}", folder.resolve("kiosk.log").toAbsolutePath());
        return new Logs(root, file);
    }

    /** Stops writing the files: the appender is detached and its file closed. */
    @Override
    public void close() {
        root.detachAppender(file);
        file.stop();
    }
}
