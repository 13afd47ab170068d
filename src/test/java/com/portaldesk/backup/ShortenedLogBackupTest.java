package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.RestoredDatabaseCheck;
import com.portaldesk.config.AppConfig;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.TableDump;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack a hash chain alone cannot see: the newest events removed and an older, properly sealed head put back
 * (someone with the key who kept an old copy). The checkpoint each backup carries catches it on verify and restore.
 */
@Tag("db")
class ShortenedLogBackupTest {
    @TempDir
    Path dir;

    @Test
    void aLogCutBackToAnOlderSealedHead_isCaughtByTheBackupsCheckpoint() throws Exception {
        Path data = dir.resolve("data");
        Backups.Created early;
        Backups.Created later;
        try (AppContext context = TestDatabase.open(data, Clock.systemUTC())) {
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Ann", "Lee")
                                    .withEmail("ann@example.com")
                                    .build(),
                            TestActor.STAFF);
            early = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
            for (int i = 0; i < 3; i++) {
                context.contacts()
                        .add(
                                new ContactBuilder()
                                        .withName("Later", "No" + i)
                                        .withEmail("later" + i + "@example.com")
                                        .withSsn("219-09-200" + i)
                                        .build(),
                                TestActor.STAFF);
            }
            later = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
        }
        byte[] key = KeyFile.read(data);
        BackupCipher cipher = new BackupCipher(new FieldCipher(key));
        List<Object[]> oldHead = rows(early.file(), cipher, "audit_head");
        long oldEvents = rows(early.file(), cipher, "audit_event").size();
        Path forged = forge(later.file(), cipher, oldHead, oldEvents);

        Restore.Restored restored = Restore.restore(
                forged,
                key,
                AppConfig.forDataDir(dir.resolve("restored")),
                new RestoredDatabaseCheck(TestActor.STAFF),
                Clock.systemUTC());
        assertThat(restored.report().passed()).isFalse();
        assertThat(String.join(" ", restored.report().problems()))
                .contains("audit log")
                .contains("but the checkpoint of")
                .contains("were removed");
    }

    private static List<Object[]> rows(Path file, BackupCipher cipher, String wanted) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (BackupReader reader = BackupReader.open(file, cipher)) {
            for (TableDump.TableHeader table = reader.nextTable(); table != null; table = reader.nextTable()) {
                for (Object[] row = reader.nextRow(); row != null; row = reader.nextRow()) {
                    if (table.name().equals(wanted)) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** The later backup with its newest audit events dropped and the earlier sealed head in place. */
    private Path forge(Path file, BackupCipher cipher, List<Object[]> oldHead, long keepEvents) throws Exception {
        Path out = file.resolveSibling("forged" + Backups.EXTENSION);
        try (BackupReader reader = BackupReader.open(file, cipher);
                OutputStream stream = Files.newOutputStream(out)) {
            OutputStream encrypted = cipher.encrypt(stream, BackupCipher.newSalt());
            BackupWriter writer = new BackupWriter(encrypted, reader.info());
            for (TableDump.TableHeader table = reader.nextTable(); table != null; table = reader.nextTable()) {
                writer.table(table.name(), table.columns());
                long seen = 0;
                for (Object[] row = reader.nextRow(); row != null; row = reader.nextRow()) {
                    if (table.name().equals("audit_head")) {
                        continue;
                    }
                    if (table.name().equals("audit_event") && ++seen > keepEvents) {
                        continue;
                    }
                    writer.row(row);
                }
                if (table.name().equals("audit_head")) {
                    for (Object[] head : oldHead) {
                        writer.row(head);
                    }
                }
            }
            writer.finish(reader.manifest().checkpoint());
            encrypted.close();
        }
        return out;
    }
}
