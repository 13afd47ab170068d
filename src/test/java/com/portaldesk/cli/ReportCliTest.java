package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.RawSql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report safeguards, report check: the PDF written, its digest found again; a changed copy and bad input refused. */
@Tag("db")
class ReportCliTest {
    @TempDir
    Path dir;

    private InProcessCli cli;

    private int run(String... args) {
        if (cli == null) {
            cli = new InProcessCli(dir.resolve("data"));
        }
        return cli.run(args);
    }

    @Test
    void theReport_isWrittenAsAPdf_andOnlyTheUnchangedFilePassesTheCheck() throws Exception {
        assertThat(run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Alice",
                        "--last-name",
                        "Pauline",
                        "--email",
                        "alice@example.com",
                        "--mobile",
                        "(212) 555-0101",
                        "--ssn",
                        "371-82-6879"))
                .isZero();
        Path pdf = dir.resolve("safeguards.pdf");
        LocalDate today = LocalDate.now();
        assertThat(run(
                        "report",
                        "safeguards",
                        "--from",
                        today.minusDays(30).toString(),
                        "--to",
                        today.toString(),
                        "--out",
                        pdf.toString()))
                .isZero();
        assertThat(cli.out)
                .contains("Wrote " + pdf)
                .contains("SHA-256 ")
                .contains("Audit checkpoint on the report: PD1-");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(dir).isDirectoryNotContaining("glob:**.partial");

        assertThat(run("report", "check", pdf.toString())).isZero();
        assertThat(cli.out).contains("is exactly the report made").contains("by os:");

        byte[] changed = Files.readAllBytes(pdf);
        changed[changed.length / 3] ^= 0x20;
        Path copy = dir.resolve("changed.pdf");
        Files.write(copy, changed);
        assertThat(run("report", "check", copy.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.out).contains("does not match any report in the audit log");
    }

    @Test
    void aReportsDigestWrittenIntoTheLogBehindItsBack_isNotVouchedFor_theChainIsVerifiedFirst() throws Exception {
        assertThat(run("contacts", "add", "--first-name", "Alice", "--email", "alice@example.com"))
                .isZero();
        Path pdf = dir.resolve("safeguards.pdf");
        LocalDate today = LocalDate.now();
        assertThat(run(
                        "report",
                        "safeguards",
                        "--from",
                        today.minusDays(30).toString(),
                        "--to",
                        today.toString(),
                        "--out",
                        pdf.toString()))
                .isZero();
        byte[] forged = Files.readAllBytes(pdf);
        forged[forged.length / 3] ^= 0x20;
        Path copy = Files.write(dir.resolve("forged.pdf"), forged);
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(forged));
        RawSql.execute(
                dir.resolve("data"),
                "UPDATE audit_event SET detail = " + "REGEXP_REPLACE(detail, '[0-9a-f]{64}$', '" + digest
                        + "') WHERE event_type = 'REPORT_GENERATED'");

        assertThat(run("report", "check", copy.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.out)
                .contains("Cannot vouch for")
                .contains("broken at event")
                .doesNotContain("is exactly");
    }

    @Test
    void aPeriodBackwards_orAMissingFolder_isRefusedInWords_andWritesNothing() {
        assertThat(run(
                        "report",
                        "safeguards",
                        "--from",
                        "2026-11-30",
                        "--to",
                        "2026-11-01",
                        "--out",
                        dir.resolve("r.pdf").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err).contains("The last day (2026-11-01) is before the first (2026-11-30).");
        assertThat(run(
                        "report",
                        "safeguards",
                        "--from",
                        "2026-11-01",
                        "--to",
                        "2026-11-30",
                        "--out",
                        dir.resolve("no-such-folder").resolve("r.pdf").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err).contains("does not exist");
        assertThat(run(
                        "report",
                        "safeguards",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2026-11-30",
                        "--out",
                        dir.resolve("r.pdf").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err).contains("at most 731 days");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void theDailyCheckpointMail_isSetSentAndTurnedOff_andABadAddressIsRefused() {
        assertThat(run("settings", "checkpoint-mail")).isZero();
        assertThat(cli.out).contains("The daily audit checkpoint email is off.");
        assertThat(run("settings", "checkpoint-mail", "--to", "partners@leecpa.example", "--send-now"))
                .isZero();
        assertThat(cli.out)
                .contains("emailed each day to partners@leecpa.example")
                .contains("Sent: Kept in the outbox, not delivered (demonstration mode)");
        assertThat(run("outbox", "list")).isZero();
        assertThat(cli.out).contains("PortalDesk audit checkpoint PD1-");
        assertThat(run("settings", "checkpoint-mail", "--to", "not an address")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("settings", "checkpoint-mail", "--off")).isZero();
        assertThat(cli.out).contains("The daily audit checkpoint email is off.");
    }
}
