package com.portaldesk.testutil;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.config.AppConfig;
import com.portaldesk.staff.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Opens the real application context on an H2 file database in a test's temporary folder. */
public final class TestDatabase {
    private TestDatabase() {}

    public static AppContext open(Path dataDir) {
        return AppContext.open(AppConfig.forDataDir(dataDir));
    }

    /**
     * Codes are delivered on the calling thread, so the outbox holds them as soon as start returns. Staff passwords
     * are hashed cheaply: these tests are about other things (PasswordHasherTest and StaffAuthTest check the
     * program's own cost, and every process test runs at it).
     */
    public static AppContext open(Path dataDir, Clock clock) {
        return AppContext.open(
                AppConfig.forDataDir(dataDir),
                Opening.program()
                        .at(clock)
                        .deliveringOn(new DirectExecutorService(), Duration.ZERO)
                        .passwordsAt(CHEAP_PASSWORDS));
    }

    /** The least Argon2id allows: a few microseconds instead of about 150 ms a hash. */
    private static final PasswordHasher.Cost CHEAP_PASSWORDS = new PasswordHasher.Cost(8, 1, 1);
}
