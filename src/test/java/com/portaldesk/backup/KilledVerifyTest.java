package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.FakeContacts;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.Eventually;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup verify} killed half way (kill -9: no finally block runs) leaves its working copy of the database and
 * the key only inside the owner-only data folder, never in the shared temporary folder, and the next PortalDesk start
 * removes it.
 */
@Tag("process")
class KilledVerifyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledVerify_leavesNothingInTheTemporaryFolder_andTheNextStartRemovesItsWorkingCopy() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (AppContext context = TestDatabase.open(data, Clock.systemUTC())) {
            var judged = context.contactImport().judgeInputs(FakeContacts.generate(3000, 7));
            context.contactImport()
                    .run(judged, ImportMode.VALID_ROWS, ImportProgress.NONE, "made-up contacts", TestActor.STAFF);
            backup = context.backups()
                    .create(dir.resolve("backups"), TestActor.STAFF)
                    .file();
        }
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        CliProcess.Started verify = new CliProcess(data, null)
                .property("java.io.tmpdir", tmp.toString())
                .start("backup", "verify", backup.toString());
        AtomicReference<Path> seen = new AtomicReference<>();
        Eventually.waitUntil("the check's working copy, or the check's end", Duration.ofMinutes(2), () -> {
            seen.set(scratchOrNull(data));
            return seen.get() != null || !verify.process().isAlive(); // the check itself runs for seconds
        });
        Path working = seen.get();
        assertThat(working)
                .as("the check works in a folder of its own inside the data folder")
                .isNotNull();
        verify.kill();

        assertThat(working).as("a kill -9 leaves it behind").exists();
        assertThat(Files.getPosixFilePermissions(working)).hasSize(3); // rwx for the owner alone
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.toList())
                    .as("nothing in the shared temporary folder")
                    .isEmpty();
        }
        TestDatabase.open(data).close();
        assertThat(scratch(data)).as("the next start removed it").isEmpty();
    }

    private static Path scratchOrNull(Path data) {
        try {
            return scratch(data).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> scratch(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(".portaldesk-scratch-verify"))
                    .toList();
            return found.stream().findFirst();
        }
    }
}
