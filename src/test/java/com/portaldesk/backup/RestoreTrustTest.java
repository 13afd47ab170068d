package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.RestoredDatabaseCheck;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.OwnerOnly;
import com.portaldesk.store.StorageException;
import com.portaldesk.store.TableDump;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Restore and verify load only what they checked, from a file an insider (who holds the key) crafted: a file that
 * changes between two reads, column names that are SQL, an archive that expands without end. Each is refused, or
 * loads exactly the bytes that were checked, and nothing is left in the shared temporary folder.
 */
@Tag("process")
class RestoreTrustTest {
    @TempDir
    Path dir;

    private Path data;
    private byte[] key;
    private BackupCipher cipher;
    private Backups.Created good;

    @BeforeEach
    void aFirmWithABackup() {
        data = dir.resolve("data");
        try (AppContext context = TestDatabase.open(data, Clock.systemUTC())) {
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Ann", "Lee")
                                    .withEmail("ann@example.com")
                                    .withSsn("219-09-7351")
                                    .build(),
                            TestActor.STAFF);
            good = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
        }
        key = KeyFile.read(data);
        cipher = new BackupCipher(new FieldCipher(key));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // only so that a second read, which would wait forever, fails
    void aFileThatCanBeReadOnlyOnce_isRestoredWhole_theRestoreNeverReadsItTwice() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "a named pipe is how the one read is shown here");
        // A named pipe gives its bytes once: a restore that checked the file and then opened it again to load it
        // would load whatever a second writer (an attacker swapping the file) gave it, or wait forever.
        Path pipe = dir.resolve("once" + Backups.EXTENSION);
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", pipe.toString())
                        .start()
                        .waitFor())
                .isZero();
        Thread feeder = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(pipe.toFile())) { // waits for the restore to open it
                Files.copy(good.file(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        feeder.start();
        Restore.Restored restored = Restore.restore(
                pipe,
                key,
                AppConfig.forDataDir(dir.resolve("restored")),
                new RestoredDatabaseCheck(TestActor.STAFF),
                Clock.systemUTC());
        feeder.join();
        assertThat(restored.report().passed())
                .as(restored.report().problems().toString())
                .isTrue();
        try (AppContext context = TestDatabase.open(dir.resolve("restored"))) {
            assertThat(context.contacts()
                            .search(new ContactQuery("", ContactQuery.Scope.ALL, 10))
                            .rows())
                    .extracting(c -> c.firstName())
                    .containsExactly("Ann");
            assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.BACKUP_RESTORED, null, null, 5)))
                    .as("the restore is in the restored log")
                    .hasSize(1);
        }
        assertThat(listing(dir)).as("its working copy is gone").noneMatch(n -> n.startsWith(".portaldesk-scratch-"));
    }

    @Test
    void columnNamesThatAreSql_areRefused_andNothingIsWritten() throws Exception {
        Path written = dir.resolve("pwned.sql");
        String sql = "first_name\") VALUES ('x'); SCRIPT TO '" + written + "'; --";
        Path crafted = craftColumns("contact", "first_name", sql);
        try (AppContext context = TestDatabase.open(data)) {
            assertThatThrownBy(() -> context.backups().verify(crafted, TestActor.STAFF))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("names a column")
                    .hasMessageContaining("Nothing was restored");
        }
        assertThat(written).doesNotExist();
        assertThatThrownBy(() -> Restore.restore(
                        crafted,
                        key,
                        AppConfig.forDataDir(dir.resolve("restored")),
                        new RestoredDatabaseCheck(TestActor.STAFF),
                        Clock.systemUTC()))
                .isInstanceOf(StorageException.class);
        assertThat(written).doesNotExist();
        assertThat(dir.resolve("restored"))
                .as("the empty target it made is not kept as if restored")
                .satisfies(target -> assertThat(Files.exists(target.resolve("portaldesk.key")))
                        .isFalse());
    }

    @Test
    void aRowWithoutEnd_isRefused_beforeItFillsTheMemory() throws Exception {
        Path bomb = rawArchive(zip -> {
            zip.putNextEntry(new ZipEntry(BackupWriter.TABLES + "contact.jsonl"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                zip.write(block); // 40 MB on one line
            }
        });
        assertRefused(bomb, "longer than any PortalDesk writes");
    }

    @Test
    void anArchiveThatExpandsWithoutEnd_isRefused() throws Exception {
        Path bomb = rawArchive(zip -> {
            zip.putNextEntry(new ZipEntry(BackupWriter.TABLES + "contact.jsonl"));
            zip.write("{\"columns\":[{\"name\":\"first_name\",\"type\":\"TEXT\"}]}\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("[\"" + "0".repeat(1_000_000) + "\"]\n").getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= BackupReader.MIN_EXPANDED; written += line.length) {
                zip.write(line);
            }
        });
        assertThat(Files.size(bomb)).as("a small file").isLessThan(2 << 20);
        assertRefused(bomb, "unpacks to more than");
    }

    @Test
    void aDescriptionLargerThanPortalDeskWrites_isRefused() throws Exception {
        Path bomb = rawArchive(null, zip -> {
            zip.putNextEntry(new ZipEntry(BackupWriter.INFO));
            zip.write(new byte[BackupReader.MAX_SMALL_ENTRY + 10]);
        });
        assertRefused(bomb, "description is larger than any PortalDesk writes");
    }

    @Test
    void checkingABackup_leavesNothingInTheSharedTemporaryFolder_andWorksInsideTheDataFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> before = listing(tmp);
        Logger ownerOnly = (Logger) LoggerFactory.getLogger(OwnerOnly.class);
        ListAppender<ILoggingEvent> warned = new ListAppender<>();
        warned.start();
        ownerOnly.addAppender(warned);
        try (AppContext context = TestDatabase.open(data)) {
            assertThat(context.backups().verify(good.file(), TestActor.STAFF).passed())
                    .isTrue();
        } finally {
            ownerOnly.detachAppender(warned);
        }
        assertThat(warned.list)
                .as("no false alarm about files the check itself made")
                .noneMatch(event -> event.getLevel() == Level.WARN);
        assertThat(listing(tmp)).as("nothing new in " + tmp).isSubsetOf(before);
        assertThat(listing(data)).noneMatch(name -> name.startsWith(".portaldesk-scratch-"));
    }

    private void assertRefused(Path file, String reason) {
        try (AppContext context = TestDatabase.open(data)) {
            assertThatThrownBy(() -> context.backups().verify(file, TestActor.STAFF))
                    .isInstanceOf(BackupDamagedException.class)
                    .hasMessageContaining(reason);
        }
        assertThatThrownBy(() -> Restore.restore(
                        file,
                        key,
                        AppConfig.forDataDir(dir.resolve("restored")),
                        new RestoredDatabaseCheck(TestActor.STAFF),
                        Clock.systemUTC()))
                .isInstanceOf(BackupDamagedException.class);
        assertThat(dir.resolve("restored")).doesNotExist();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    /** The good backup with one column of one table renamed. */
    private Path craftColumns(String tableName, String column, String renamed) throws IOException {
        Path out = dir.resolve("columns" + Backups.EXTENSION);
        try (BackupReader reader = BackupReader.open(good.file(), cipher);
                OutputStream stream = Files.newOutputStream(out)) {
            OutputStream encrypted = cipher.encrypt(stream, BackupCipher.newSalt());
            BackupWriter writer = new BackupWriter(encrypted, reader.info());
            for (TableDump.TableHeader table = reader.nextTable(); table != null; table = reader.nextTable()) {
                writer.table(
                        table.name(),
                        table.name().equals(tableName)
                                ? table.columns().stream()
                                        .map(c -> c.name().equals(column) ? new TableDump.Column(renamed, c.type()) : c)
                                        .toList()
                                : table.columns());
                for (Object[] row = reader.nextRow(); row != null; row = reader.nextRow()) {
                    writer.row(row);
                }
            }
            writer.finish(reader.manifest().checkpoint());
            encrypted.close();
        }
        return out;
    }

    /** Writes entries straight into the archive, sealed with the key as a real backup is. */
    private interface ArchiveBody {
        void write(ZipOutputStream zip) throws IOException;
    }

    private Path rawArchive(ArchiveBody body) throws IOException {
        byte[] info;
        try (BackupReader reader = BackupReader.open(good.file(), cipher)) {
            info = BackupWriter.JSON.writeValueAsBytes(reader.info());
        }
        return rawArchive(
                zip -> {
                    zip.putNextEntry(new ZipEntry(BackupWriter.INFO));
                    zip.write(info);
                    zip.closeEntry();
                },
                body);
    }

    private Path rawArchive(ArchiveBody head, ArchiveBody body) throws IOException {
        Path out = dir.resolve("crafted" + Backups.EXTENSION);
        try (OutputStream stream = Files.newOutputStream(out)) {
            OutputStream encrypted = cipher.encrypt(stream, BackupCipher.newSalt());
            ZipOutputStream zip = new ZipOutputStream(encrypted);
            if (head != null) {
                head.write(zip);
            }
            body.write(zip);
            zip.closeEntry();
            zip.finish();
            encrypted.close();
        }
        return out;
    }
}
