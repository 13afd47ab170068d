package com.portaldesk.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Adds the log file once the configuration has said which data folder this run uses (--data-dir,
 * PORTALDESK_DATA_DIR, data.dir): its logs/ folder, or $PORTALDESK_LOG_DIR when set. Logback starts before the
 * configuration is read, so its set-up (logback.xml) has only standard error; a second data folder gets its own
 * logs, and nothing is written to a folder this run does not use. Left alone under any other logging set-up (tests).
 */
final class LogFolder {
    static final String APPENDER = "FILE";
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %level [%thread] %logger{36}: %msg%n";

    private LogFolder() {}

    static synchronized void use(Path dataDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
                || context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR") == null) {
            return;
        }
        String explicit = System.getenv("PORTALDESK_LOG_DIR");
        Path folder = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : dataDir.toAbsolutePath().resolve("logs");
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> current) {
            if (folder.resolve("portaldesk.log").toString().equals(current.getFile())) {
                return;
            }
            root.detachAppender(current);
            current.stop();
        }
        try {
            // Owner-only as it is made (logback would make it with the account's default mode).
            OwnerOnlyFile.createFolders(folder);
        } catch (IOException e) {
            root.warn("Cannot make the log folder {} owner-only: {}", folder, e.getMessage());
        }
        root.addAppender(fileAppender(context, folder));
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(APPENDER);
        file.setFile(folder.resolve("portaldesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(
                folder.resolve("portaldesk.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
