package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.RawSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's end is cut behind PortalDesk's back, then PortalDesk goes on being used the way a busy office uses
 * it: another short-lived process appends, another verifies, each a separate JVM on the same data folder. The cut
 * must never be sealed over: the appends are refused with the alarm, every check keeps saying where the log broke,
 * until an admin resumes it, which the log then says. (The history before the attack is made in this JVM: only the
 * steps after the attack need processes of their own.)
 */
@Tag("process")
class AuditAlarmProcessTest {
    @TempDir
    Path dir;

    private Path data;
    private InProcessCli here;
    private CliProcess process;

    @BeforeEach
    void aFirmWithSomeHistory() {
        data = dir.resolve("data");
        here = new InProcessCli(data);
        process = new CliProcess(data, null);
        for (String name : new String[] {"Ann", "Bo", "Cy"}) {
            assertThat(here.run("contacts", "add", "--first-name", name, "--email", name + "@example.com"))
                    .as(here.err)
                    .isZero();
        }
    }

    @Test
    void afterACut_aSecondProcessCannotSealOverIt_andEveryCheckKeepsSayingSo_untilAnAdminResumes() throws Exception {
        long last =
                (Long) RawSql.column(data, "SELECT MAX(seq) FROM audit_event").get(0);
        long keep = last - 2;
        RawSql.execute(
                data,
                "DELETE FROM audit_event WHERE seq > " + keep,
                "UPDATE audit_head SET last_seq = " + keep + ", last_hash = (SELECT hash FROM audit_event WHERE seq = "
                        + keep + ") WHERE id = 1");

        CliProcess.Run add = process.run("contacts", "add", "--first-name", "Eve", "--email", "eve@example.com");
        assertThat(add.exitCode()).as(add.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(add.err()).contains("does not carry PortalDesk's seal").contains("audit resume");
        assertThat(RawSql.column(data, "SELECT MAX(seq) FROM audit_event")).containsExactly(keep);
        assertThat(RawSql.column(data, "SELECT COUNT(*) FROM contact WHERE first_name = 'Eve'"))
                .as("the change the record was for was refused with it")
                .containsExactly(0L);
        assertThat(Files.readString(data.resolve("logs/portaldesk.log"))).contains("AUDIT LOG ALARM");

        CliProcess.Run verify = process.run("audit", "verify");
        assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCodes.REFUSED);
        assertThat(verify.out()).contains("broken at event " + (keep + 1));

        CliProcess.Run resume = process.run("audit", "resume", "--reason", "Cut found by the partner; reported.");
        assertThat(resume.exitCode()).as(resume.err()).isZero();
        assertThat(resume.out()).contains("Found: ").contains("seal");
        assertThat(here.run("contacts", "add", "--first-name", "Eve", "--email", "eve@example.com"))
                .isZero();
        CliProcess.Run after = process.run("audit", "verify");
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(after.out())
                .contains("intact")
                .contains("superseded by the resumption of the log at event " + (keep + 1));
        assertThat(here.run("audit", "list", "--type", "AUDIT_LOG_RESUMED")).isZero();
        assertThat(here.out).contains("Cut found by the partner");
    }

    @Test
    void aMissingHead_isABrokenChain_withExitCode3_notACrash() throws Exception {
        RawSql.execute(data, "DELETE FROM audit_head");
        CliProcess.Run verify = process.run("audit", "verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(verify.out()).contains("head row of the audit log is missing");
        assertThat(verify.err()).doesNotContain("NullPointerException");
        assertThat(here.run("contacts", "add", "--first-name", "Di", "--email", "di@example.com"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(here.err).contains("head row");
    }

    @Test
    void sinceCheckpoint_checksEveryCodeInAFolderOfMails_andNamesTheNewestReached() throws Exception {
        Path mails = Files.createDirectory(dir.resolve("mails"));
        assertThat(here.run(
                        "audit",
                        "checkpoint",
                        "--out",
                        mails.resolve("monday.eml").toString()))
                .isZero();
        List<Object> mondaysHead = List.of(
                RawSql.column(data, "SELECT last_seq FROM audit_head").get(0),
                RawSql.column(data, "SELECT last_hash FROM audit_head").get(0),
                RawSql.column(data, "SELECT seal FROM audit_head").get(0));
        assertThat(here.run("contacts", "add", "--first-name", "Di", "--email", "di@example.com"))
                .isZero();
        assertThat(here.run(
                        "audit",
                        "checkpoint",
                        "--out",
                        mails.resolve("tuesday.eml").toString()))
                .isZero();
        String tuesday = here.out.lines().findFirst().orElseThrow();
        assertThat(here.run("contacts", "add", "--first-name", "Ed", "--email", "ed@example.com"))
                .isZero();
        Path kept = data.resolve("logs/audit-checkpoints.log");
        Files.delete(kept); // only the mailed codes are at hand

        CliProcess.Run verify = process.run("audit", "verify", "--since-checkpoint", mails.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("Of the checkpoints given, the newest it reaches is " + tuesday);

        // Monday's head, genuinely sealed, put back with the events after it gone: only Tuesday's mail knows.
        long monday = (Long) mondaysHead.get(0);
        RawSql.execute(
                data,
                "DELETE FROM audit_event WHERE seq > " + monday,
                "UPDATE audit_head SET last_seq = "
                        + monday + ", last_hash = X'" + HexFormat.of().formatHex((byte[]) mondaysHead.get(1))
                        + "', seal = X'"
                        + HexFormat.of().formatHex((byte[]) mondaysHead.get(2)) + "' WHERE id = 1");
        Files.delete(kept);
        assertThat(here.run("audit", "verify"))
                .as("without the mails the old head looks whole: " + here.out)
                .isZero();
        Files.delete(kept);
        CliProcess.Run broken = process.run("audit", "verify", "--since-checkpoint", mails.toString());
        assertThat(broken.exitCode()).as(broken.out()).isEqualTo(ExitCodes.REFUSED);
        assertThat(broken.out()).contains("broken at event " + (monday + 1)).contains(tuesday);
    }
}
