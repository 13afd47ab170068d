package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** insights: the next steps for the front desk, in words and as JSON, and a clear refusal of a bad period. */
@Tag("plain")
class InsightsCliTest {
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
    void repeatedMismatches_andAContactWithoutEmail_areListedWithTheirNextStep() {
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
        assertThat(run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Dana",
                        "--last-name",
                        "Ng",
                        "--mobile",
                        "(415) 555-0142",
                        "--ssn",
                        "4321",
                        "--channel",
                        "sms"))
                .isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(run(
                            "verify",
                            "start",
                            "--email",
                            "alice@example.com",
                            "--last4",
                            "0000",
                            "--channel",
                            "sms",
                            "--no-wait"))
                    .isZero();
        }
        assertThat(run("insights")).isZero();
        assertThat(cli.out)
                .contains("Repeated SSN mismatches")
                .contains("Alice Pauline (3)")
                .contains("type the last four themselves")
                .contains("Contacts who cannot sign in")
                .contains("No email address (1)");
        assertThat(run("insights", "--json")).isZero();
        assertThat(cli.out).contains("\"kind\" : \"SSN_MISMATCHES\"").contains("\"count\" : 3");
    }

    @Test
    void aPeriodOutOfRange_isRefusedInWords() {
        assertThat(run("insights", "--days", "0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err).contains("--days is 1 to 366, not 0.");
    }
}
