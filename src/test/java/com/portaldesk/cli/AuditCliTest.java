package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.RawSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit list names people in words; audit checkpoint and audit verify catch a log that was quietly shortened. */
@Tag("db")
class AuditCliTest {
    @TempDir
    Path dir;

    private InProcessCli cli;
    private String out;

    private int run(String... args) {
        if (cli == null) {
            cli = new InProcessCli(dir.resolve("data"));
        }
        int code = cli.run(args);
        out = cli.out;
        return code;
    }

    @Test
    void list_namesTheContactAndWhoActed_fromTheCommandLine() {
        assertThat(run("contacts", "add", "--first-name", "Ann", "--last-name", "Lee", "--email", "ann@example.com"))
                .isZero();
        assertThat(run("audit", "list", "--type", "CONTACT_ADDED")).isZero();
        assertThat(out)
                .contains("by command line (os:" + System.getProperty("user.name") + ")")
                .contains("contact Ann Lee")
                .contains("email a•••@example.com");
        assertThat(run("audit", "list", "--type", "CONTACT_ADDED", "--json")).isZero();
        assertThat(out).contains("\"contactName\" : \"Ann Lee\"").contains("\"actor\" : \"os:");
    }

    @Test
    void verify_usesEveryCheckpointKept_andCatchesAnOldHeadPutBack() throws Exception {
        run("contacts", "add", "--first-name", "Ann", "--email", "ann@example.com");
        Path data = dir.resolve("data");
        long oldSeq =
                (Long) RawSql.column(data, "SELECT last_seq FROM audit_head").get(0);
        byte[] oldHash =
                (byte[]) RawSql.column(data, "SELECT last_hash FROM audit_head").get(0);
        byte[] oldSeal =
                (byte[]) RawSql.column(data, "SELECT seal FROM audit_head").get(0);
        run("contacts", "add", "--first-name", "Bo", "--email", "bo@example.com");
        assertThat(run("audit", "checkpoint", "--out", dir.resolve("kept.txt").toString()))
                .isZero();
        Matcher code = Pattern.compile("PD1-\\S+").matcher(out);
        assertThat(code.find()).as(out).isTrue();
        assertThat(Files.readString(dir.resolve("kept.txt"))).contains(code.group());
        assertThat(run("audit", "verify")).isZero();
        assertThat(out).contains("intact").contains("the newest it reaches being " + code.group());

        RawSql.execute(
                data,
                "DELETE FROM audit_event WHERE seq > " + oldSeq,
                "UPDATE audit_head SET last_seq = "
                        + oldSeq + ", last_hash = X'" + HexFormat.of().formatHex(oldHash) + "', seal = X'"
                        + HexFormat.of().formatHex(oldSeal) + "' WHERE id = 1");
        assertThat(run("audit", "verify")).as(out).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("broken at event " + (oldSeq + 1)).contains("proves it had reached event");
        assertThat(run(
                        "audit",
                        "verify",
                        "--since-checkpoint",
                        dir.resolve("kept.txt").toString()))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(run("audit", "verify", "--checkpoint", "PD1-not-a-code")).isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
