package com.portaldesk.testutil;

import com.portaldesk.app.AppContext;
import com.portaldesk.config.AppConfig;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the real application context on an H2 file database in a test's temporary folder. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static AppContext open(Path dataDir) {
        return AppContext.open(AppConfig.forDataDir(dataDir));
    }

    /** Codes are delivered on the calling thread, so the outbox holds them as soon as start returns. */
    public static AppContext open(Path dataDir, Clock clock) {
        return AppContext.open(AppConfig.forDataDir(dataDir), clock, new DirectExecutorService());
    }
}
