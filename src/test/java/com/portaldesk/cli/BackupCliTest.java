package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.RecoveryKey;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * backup create / verify / restore and recovery-key show / restore, as a firm would run them: round trips through
 * a fresh data folder, and every way a backup or a key can be wrong refused with a plain reason, changing nothing.
 */
@Tag("db")
class BackupCliTest {
    @TempDir
    Path dir;

    private Path data;
    private Path backups;
    private InProcessCli cli;

    @BeforeEach
    void seed() {
        data = dir.resolve("data");
        backups = dir.resolve("backups");
        cli = new InProcessCli(data);
        assertThat(cli.run("settings", "firm", "--name", "Lee & Partners CPA", "--phone", "(415) 555-0100"))
                .isZero();
        assertThat(cli.run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Ann",
                        "--last-name",
                        "Lee",
                        "--email",
                        "ann@example.com",
                        "--mobile",
                        "(415) 555-0111",
                        "--ssn",
                        "219-09-7351"))
                .as(cli.err)
                .isZero();
        assertThat(cli.run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Bo",
                        "--last-name",
                        "Chen",
                        "--email",
                        "bo@example.com",
                        "--pin",
                        "4321"))
                .as(cli.err)
                .isZero();
        try (AppContext context = TestDatabase.open(data, Clock.systemUTC())) {
            ClientSignIn.signIn(context, "ann@example.com", "7351", "lobby");
        }
    }

    private Path createBackup() throws IOException {
        assertThat(cli.run("backup", "create", "--to", backups.toString()))
                .as(cli.err)
                .isZero();
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.toString().endsWith(".pdbackup"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aBackup_verifies_andRestoresIntoAFreshFolder_withTheRecoveryKey() throws IOException {
        Path backup = createBackup();
        assertThat(cli.out).contains("Backup written").contains("2 contacts");

        assertThat(cli.run("backup", "verify", backup.toString()))
                .as(cli.err + cli.out)
                .isZero();
        assertThat(cli.out)
                .contains("Backup is good")
                .contains("Lee & Partners CPA")
                .contains("contacts    2")
                .contains("SSNs and PINs opened: 2")
                .contains("intact");

        assertThat(cli.run("recovery-key", "show")).isZero();
        String recoveryKey = cli.out
                .lines()
                .filter(line -> line.startsWith("    "))
                .map(String::strip)
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(RecoveryKey.parse(recoveryKey)).isEqualTo(KeyFile.read(data));
        Path keyFile = Files.writeString(dir.resolve("recovery.txt"), recoveryKey);

        Path elsewhere = dir.resolve("restored");
        InProcessCli fresh = new InProcessCli(elsewhere);
        assertThat(fresh.run("backup", "restore", backup.toString(), "--recovery-key-file", keyFile.toString()))
                .as(fresh.err + fresh.out)
                .isZero();
        assertThat(fresh.out).contains("Restored into the embedded database in " + elsewhere);
        assertThat(fresh.run("contacts", "list")).isZero();
        assertThat(fresh.out).contains("Ann Lee").contains("•••-••-7351").contains("Bo Chen");
        assertThat(fresh.run("audit", "verify")).as(fresh.out + fresh.err).isZero();
        try (AppContext restored = TestDatabase.open(elsewhere)) {
            assertThat(restored.audit().list(ofType(AuditEventType.BACKUP_RESTORED)))
                    .hasSize(1);
            assertThat(restored.audit().list(ofType(AuditEventType.CHECK_APPROVED)))
                    .hasSize(1);
        }
        try (AppContext original = TestDatabase.open(data)) {
            assertThat(original.audit().list(ofType(AuditEventType.BACKUP_CREATED)))
                    .hasSize(1);
            // once by backup create itself, once by backup verify
            assertThat(original.audit().list(ofType(AuditEventType.BACKUP_VERIFIED)))
                    .hasSize(2);
            assertThat(original.audit().list(ofType(AuditEventType.RECOVERY_KEY_SHOWN)))
                    .hasSize(1);
        }
    }

    @Test
    void theFileAloneRevealsNothing() throws IOException {
        byte[] file = Files.readAllBytes(createBackup());
        String text = new String(file, StandardCharsets.ISO_8859_1);
        for (String secret :
                List.of("ann@example.com", "Lee & Partners", "Chen", "7351", "4155550111", "audit_event", "contact")) {
            assertThat(text).as(secret).doesNotContain(secret);
        }
    }

    @Test
    void aFlippedByte_isRefused() throws IOException {
        Path backup = createBackup();
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(backup, bytes);
        assertThat(cli.run("backup", "verify", backup.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.err).contains("changed after it was written");
        assertRestoreRefusedLeavingNothing(backup, "changed after it was written");
        assertThat(cli.run("backup", "restore", backup.toString())).isEqualTo(ExitCodes.REFUSED);
        try (AppContext context = TestDatabase.open(dir.resolve("data"))) {
            assertThat(context.audit().list(ofType(AuditEventType.BACKUP_FAILED)))
                    .as("a refused restore is audited")
                    .anySatisfy(event -> assertThat(event.detail())
                            .startsWith("Restore of " + backup.getFileName() + " refused")
                            .contains("changed after it was written"));
        }
    }

    @Test
    void aTruncatedFile_isRefused() throws IOException {
        Path backup = createBackup();
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(bytes, bytes.length - 40));
        assertThat(cli.run("backup", "verify", backup.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.err).contains("cut short");
        assertRestoreRefusedLeavingNothing(backup, "cut short");
    }

    @Test
    void anotherFirmsBackup_isRefused_withoutReadingIt() throws IOException {
        Path backup = createBackup();
        Path otherFirm = dir.resolve("other-firm");
        try (AppContext other = TestDatabase.open(otherFirm)) {
            other.policies().firmName();
        }
        InProcessCli theirs = new InProcessCli(otherFirm);
        assertThat(theirs.run("backup", "verify", backup.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(theirs.err).contains("made with another key");
    }

    @Test
    void aWrongRecoveryKey_isRefused_andTheDataFolderIsUntouched() throws IOException {
        Path backup = createBackup();
        byte[] someoneElses = new byte[32];
        someoneElses[0] = 7;
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), RecoveryKey.format(someoneElses));
        Path target = dir.resolve("target");
        InProcessCli fresh = new InProcessCli(target);
        assertThat(fresh.run("backup", "restore", backup.toString(), "--recovery-key-file", wrong.toString()))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(fresh.err).contains("made with another key");
        assertThat(target).doesNotExist();
    }

    @Test
    void restoringOverAFolderWithData_movesItAsideWhole_andTheRestoredDataTakesItsPlace() throws IOException {
        Path backup = createBackup();
        assertThat(cli.run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Cy",
                        "--last-name",
                        "Diaz",
                        "--email",
                        "cy@example.com",
                        "--ssn",
                        "219-09-1111"))
                .as(cli.err)
                .isZero();
        assertThat(cli.run("backup", "restore", backup.toString()))
                .as(cli.err + cli.out)
                .isZero();
        assertThat(cli.out).contains("kept whole in");
        assertThat(cli.run("contacts", "list")).isZero();
        assertThat(cli.out).contains("Ann Lee").doesNotContain("Cy Diaz");
        try (Stream<Path> siblings = Files.list(dir)) {
            Path aside = siblings.filter(p -> p.getFileName().toString().startsWith("data.before-restore-"))
                    .findFirst()
                    .orElseThrow();
            InProcessCli before = new InProcessCli(aside);
            assertThat(before.run("contacts", "list")).isZero();
            assertThat(before.out).contains("Cy Diaz");
        }
    }

    @Test
    void restoringIntoAFolderAnotherProgramHasOpen_isRefused_andNothingMoves() throws IOException {
        Path backup = createBackup();
        try (AppContext running = TestDatabase.open(data)) {
            assertThat(cli.run("backup", "restore", backup.toString())).isEqualTo(ExitCodes.FAILURE);
            assertThat(cli.err).contains("Other programs are using");
            assertThat(running.contacts().search(ContactQuery.active("")).totalMatches())
                    .isEqualTo(2);
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aLostKeyFile_isRebuiltFromTheRecoveryKey_checkedAgainstTheDatabaseFirst() throws IOException {
        assertThat(cli.run("recovery-key", "show")).isZero();
        String recoveryKey = cli.out
                .lines()
                .filter(line -> line.startsWith("    "))
                .map(String::strip)
                .reduce("", (a, b) -> a + b);
        byte[] original = KeyFile.read(data);
        Files.delete(KeyFile.locate(data));
        assertThat(cli.run("contacts", "list")).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err).contains("is missing");

        byte[] someoneElses = new byte[32];
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), RecoveryKey.format(someoneElses));
        assertThat(cli.run("recovery-key", "restore", "--recovery-key-file", wrong.toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err).contains("does not belong to");
        assertThat(KeyFile.exists(data)).isFalse();

        Path right = Files.writeString(dir.resolve("right.txt"), recoveryKey);
        assertThat(cli.run("recovery-key", "restore", "--recovery-key-file", right.toString()))
                .as(cli.err)
                .isZero();
        assertThat(KeyFile.read(data)).isEqualTo(original);
        assertThat(cli.run("contacts", "list")).isZero();
        assertThat(cli.out).contains("•••-••-7351");
        try (AppContext context = TestDatabase.open(data)) {
            assertThat(context.audit().list(ofType(AuditEventType.KEY_FILE_REBUILT)))
                    .hasSize(1);
        }
    }

    private static AuditQuery ofType(AuditEventType type) {
        return new AuditQuery(null, null, type, null, null, 100);
    }

    private void assertRestoreRefusedLeavingNothing(Path backup, String reason) {
        Path target = dir.resolve("target-" + reason.hashCode());
        InProcessCli fresh = new InProcessCli(target);
        assertThat(fresh.run(
                        "backup",
                        "restore",
                        backup.toString(),
                        "--recovery-key-file",
                        writeRecoveryKey().toString()))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(fresh.err).contains(reason);
        assertThat(target).doesNotExist();
        assertThat(dir.toFile().list())
                .as("no working folder is left behind")
                .noneMatch(name -> name.startsWith(".portaldesk-scratch-"));
    }

    private Path writeRecoveryKey() {
        try {
            return Files.writeString(
                    dir.resolve("key-" + System.nanoTime() + ".txt"), RecoveryKey.format(KeyFile.read(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
