package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditCsv;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.staff.RecoveryCodesFile;
import com.portaldesk.store.KeyFile;
import com.portaldesk.testutil.OtherAccount;
import com.portaldesk.testutil.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file PortalDesk writes that holds a secret or client data, written into a folder every account on the computer
 * can pass through (an office share): another account, as a separate process, reads none of them. And none of the
 * commands that write a file can be pointed at PortalDesk's own key, password or checkpoints.
 */
@Tag("process")
class OwnerOnlyOutputsTest {
    @TempDir
    Path dir;

    private Path data;
    private Path share;
    private InProcessCli cli;

    @BeforeEach
    void firmWithAClient() throws Exception {
        data = dir.resolve("data");
        share = Files.createDirectory(dir.resolve("share"));
        OtherAccount.openToOthers(share, dir);
        cli = new InProcessCli(data);
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
                        "+1 415 555 0123",
                        "--ssn",
                        "219-09-7351"))
                .as(cli.err)
                .isZero();
    }

    @Test
    void everyOutput_isOwnerOnly_andAnotherAccountReadsNoneOfThem() throws Exception {
        assertThat(cli.run("backup", "create", "--to", share.resolve("backups").toString()))
                .as(cli.err)
                .isZero();
        assertThat(cli.run(
                        "recovery-key",
                        "show",
                        "--sheet",
                        share.resolve("sheet.pdf").toString()))
                .as(cli.err)
                .isZero();
        assertThat(cli.run("contacts", "export", share.resolve("clients.csv").toString()))
                .as(cli.err)
                .isZero();
        Path bad = Files.writeString(dir.resolve("bad.csv"), "first_name,last_name,email\nBo,Ray,not-an-email\n");
        assertThat(cli.run(
                        "contacts",
                        "import",
                        bad.toString(),
                        "--mode",
                        "VALID_ROWS",
                        "--report",
                        share.resolve("refused.csv").toString()))
                .as(cli.err)
                .isNotEqualTo(ExitCodes.FAILURE);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(cli.run(
                        "report",
                        "safeguards",
                        "--from",
                        today.minusDays(30).toString(),
                        "--to",
                        today.toString(),
                        "--out",
                        share.resolve("report.pdf").toString()))
                .as(cli.err)
                .isZero();
        assertThat(cli.run(
                        "audit",
                        "checkpoint",
                        "--out",
                        share.resolve("checkpoint.txt").toString()))
                .as(cli.err)
                .isZero();
        try (AppContext context = TestDatabase.open(data)) {
            AuditCsv.write(context.audit(), AuditQuery.latest(100), share.resolve("audit.csv"));
        }
        RecoveryCodesFile.save(share.resolve("recovery-codes.txt"), "abcd-efgh\nijkl-mnop\n");

        List<Path> outputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(share)) {
            files.filter(Files::isRegularFile).forEach(outputs::add);
        }
        assertThat(outputs)
                .extracting(path -> path.getFileName().toString().replaceAll("\\d{8}-\\d{6}", "TIME"))
                .containsExactlyInAnyOrder(
                        "portaldesk-backup-TIME.pdbackup",
                        "sheet.pdf",
                        "clients.csv",
                        "refused.csv",
                        "report.pdf",
                        "checkpoint.txt",
                        "audit.csv",
                        "recovery-codes.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(share.resolve("backups"))))
                .as("the backups folder it made")
                .isEqualTo("rwx------");
        for (Path output : outputs) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output, LinkOption.NOFOLLOW_LINKS)))
                    .as(output.toString())
                    .isEqualTo("rw-------");
            if (OtherAccount.available()
                    && !output.getParent().getFileName().toString().equals("backups")) {
                OtherAccount.Read read = OtherAccount.read(output);
                assertThat(read.succeeded())
                        .as("another account read " + output)
                        .isFalse();
                assertThat(read.error()).contains("Permission denied");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"portaldesk.key", "PortalDesk.KEY", "portaldesk.db-password", "logs/audit-checkpoints.log"})
    void noCommand_writesOverPortalDesksOwnFiles(String name) throws Exception {
        Path own = data.resolve(name);
        byte[] key = KeyFile.read(data);
        byte[] before = Files.exists(own) ? Files.readAllBytes(own) : null;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String[]> commands = List.of(
                new String[] {"contacts", "export", own.toString()},
                new String[] {
                    "report",
                    "safeguards",
                    "--from",
                    today.minusDays(1).toString(),
                    "--to",
                    today.toString(),
                    "--out",
                    own.toString()
                },
                new String[] {"recovery-key", "show", "--sheet", own.toString()},
                new String[] {"audit", "checkpoint", "--out", own.toString()});
        for (String[] command : commands) {
            assertThat(cli.run(command))
                    .as(String.join(" ", command) + ": " + cli.err)
                    .isEqualTo(ExitCodes.REFUSED);
            assertThat(cli.err).contains("PortalDesk's own files").contains("Nothing was written");
            if (before != null) {
                // Every run adds its own checkpoints to the log; what was there stays, first.
                assertThat(Files.readString(own, StandardCharsets.ISO_8859_1))
                        .as(String.join(" ", command))
                        .startsWith(new String(before, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(KeyFile.read(data)).isEqualTo(key);
        assertThat(cli.run("contacts", "list"))
                .as("the next start still reads the key")
                .isZero();
        assertThat(cli.out).contains("•••-••-7351");
        assertThat(new String(Files.readAllBytes(data.resolve("logs/audit-checkpoints.log")), StandardCharsets.UTF_8))
                .contains("PD1-");
    }
}
