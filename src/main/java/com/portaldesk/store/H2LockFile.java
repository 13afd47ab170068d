package com.portaldesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads H2's lock file beside the embedded database: while a process hosts the database it names the loopback
 * port it serves on and the random id the database is reached by there (both owner-only, like the whole folder).
 */
final class H2LockFile {
    private static final Pattern PORT = Pattern.compile(":(\\d{1,5})$");

    private H2LockFile() {}

    /** The URL of the hosting process, with the given settings; empty when no process hosts the database. */
    static Optional<String> hostUrl(Path lockFile, String settings) {
        Properties lock = read(lockFile);
        String server = lock.getProperty("server");
        String id = lock.getProperty("id");
        if (server == null || id == null || !id.matches("[0-9a-fA-F]{8,}")) {
            return Optional.empty();
        }
        Matcher port = PORT.matcher(server.strip());
        if (!port.find()) {
            return Optional.empty();
        }
        // The host binds to loopback only (h2.bindAddress); its lock file may call that "localhost".
        return Optional.of("jdbc:h2:tcp://127.0.0.1:" + port.group(1) + "/" + id + settings);
    }

    /**
     * The id of the database as its current host serves it. H2 rewrites the whole file (truncating it first) when its
     * host starts serving: a file that is there without an id is being written, and is read again for a moment. Read
     * once, mid-write, it had made a busy machine's own restore target look taken by another program.
     */
    static Optional<String> id(Path lockFile) {
        for (int attempt = 0; attempt < REREADS; attempt++) {
            Optional<String> id = Optional.ofNullable(read(lockFile).getProperty("id"));
            if (id.isPresent() || !Files.exists(lockFile)) {
                return id;
            }
            try {
                Thread.sleep(REREAD_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private static final int REREADS = 25;
    private static final long REREAD_PAUSE_MILLIS = 20;

    private static Properties read(Path lockFile) {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(lockFile)) {
            lock.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // none yet, or being written: the caller opens the database in turn
        }
        return lock;
    }
}
