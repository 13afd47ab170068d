package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.RawSql;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many short command-line runs at once on one embedded database, with no long-lived process holding it: they take
 * turns at opening it and at handing it over, and each finishes with its own answer, never a crash or a stack trace.
 */
@Tag("process")
class ParallelCommandLineTest {
    private static final int RUNS = 8;

    @TempDir
    Path dir;

    private CliProcess cli() {
        return new CliProcess(dir.resolve("data"), null);
    }

    private static List<CliProcess.Run> all(List<CliProcess.Started> started) {
        List<CliProcess.Run> runs = new ArrayList<>();
        started.forEach(s -> runs.add(s.finish()));
        return runs;
    }

    private static void assertNoStackTrace(CliProcess.Run run) {
        assertThat(run.out() + run.err())
                .doesNotContain("\tat ")
                .doesNotContain("Exception in thread")
                .doesNotContain("Caused by");
    }

    @Test
    void contactsAdded_byManyProcessesAtOnce_areAllSaved() {
        List<CliProcess.Started> started = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            started.add(cli().start(
                            "contacts",
                            "add",
                            "--first-name",
                            "Parallel",
                            "--last-name",
                            "P" + i,
                            "--email",
                            "p" + i + "@example.com",
                            "--ssn",
                            "219-09-" + (7310 + i)));
        }
        for (CliProcess.Run run : all(started)) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertNoStackTrace(run);
        }
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dir.resolve("data")))) {
            assertThat(context.contacts()
                            .search(new ContactQuery("Parallel", ContactQuery.Scope.ACTIVE, 50))
                            .totalMatches())
                    .isEqualTo(RUNS);
        }
    }

    @Test
    void codeChecks_byManyProcessesAtOnce_eachGetAnAnswer_andNeverMoreThanTheAllowedChecks() throws Exception {
        assertThat(cli().run(
                                "contacts",
                                "add",
                                "--first-name",
                                "Ann",
                                "--email",
                                "ann@example.com",
                                "--ssn",
                                "219-09-7351")
                        .exitCode())
                .isZero();
        CliProcess.Run start =
                cli().run("verify", "start", "--email", "ann@example.com", "--last4", "7351", "--channel", "email");
        Matcher id = Pattern.compile("Challenge: (\\S+)").matcher(start.out());
        assertThat(id.find()).as(start.out() + start.err()).isTrue();

        List<CliProcess.Started> started = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            started.add(cli().start(
                            "verify",
                            "check",
                            "--challenge",
                            id.group(1),
                            "--code",
                            "000001",
                            "--terminal",
                            "lobby-" + i));
        }
        int tried = 0;
        for (CliProcess.Run run : all(started)) {
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.REFUSED);
            assertNoStackTrace(run);
            assertThat(run.out()).containsAnyOf("That code did not work", "Too many tries");
            tried += run.out().contains("That code did not work") ? 1 : 0;
        }
        // Five checks are allowed: four wrong codes say how many tries are left, the fifth and the rest say too many.
        assertThat(tried).isEqualTo(4);
        assertThat(RawSql.column(
                        dir.resolve("data"), "SELECT attempts FROM challenge WHERE id = '" + id.group(1) + "'"))
                .as("checks counted: the policy's five, not one more")
                .containsExactly(5);
    }
}
