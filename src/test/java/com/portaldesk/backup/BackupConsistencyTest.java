package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken while clients keep signing in on another thread: each one must be a single moment of the database,
 * so its audit log verifies (every event up to the sealed head, and the checkpoint taken before the snapshot) and
 * its counts match what is restored.
 */
@Tag("db")
class BackupConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void backupsTakenWhileClientsSignIn_areEachConsistent() throws Exception {
        try (AppContext context = TestDatabase.open(dir.resolve("data"), Clock.systemUTC())) {
            for (int i = 0; i < 5; i++) {
                context.contacts()
                        .add(
                                new ContactBuilder()
                                        .withName("Client", "No" + i)
                                        .withEmail("client" + i + "@example.com")
                                        .withSsn("219-09-100" + i)
                                        .build(),
                                TestActor.STAFF);
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger signIns = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread clients = new Thread(
                    () -> {
                        try {
                            for (int n = 0; !stop.get(); n++) {
                                ClientSignIn.signIn(
                                        context, "client" + (n % 5) + "@example.com", "100" + (n % 5), "lobby");
                                signIns.incrementAndGet();
                            }
                        } catch (Throwable e) {
                            failure.set(e);
                        }
                    },
                    "signing-in");
            clients.start();
            List<Backups.Created> taken = new ArrayList<>();
            try {
                while (taken.size() < 3 || signIns.get() < 5) {
                    int before = signIns.get();
                    taken.add(context.backups().create(dir.resolve("backups"), TestActor.STAFF));
                    while (signIns.get() == before && failure.get() == null) {
                        Thread.onSpinWait(); // at least one sign-in between two backups
                    }
                }
            } finally {
                stop.set(true);
                clients.join();
            }
            assertThat(failure.get()).isNull();
            for (Backups.Created backup : taken) {
                VerifyReport report = context.backups().verify(backup.file(), TestActor.STAFF);
                assertThat(report.problems()).as(backup.file().toString()).isEmpty();
                assertThat(report.check().auditEvents())
                        .isEqualTo(backup.manifest().auditEvents());
                assertThat(report.check().contacts()).isEqualTo(5);
            }
            assertThat(taken.get(taken.size() - 1).manifest().auditEvents())
                    .isGreaterThan(taken.get(0).manifest().auditEvents());
        }
    }
}
