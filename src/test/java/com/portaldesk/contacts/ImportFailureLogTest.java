package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.RawSql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database refuses a row in the middle of an import. The command line says so in one line, nothing is
 * imported, and neither its output nor its log file repeats a name, an email, a phone or an SSN from the file:
 * drivers quote the failing row back, and that must stop at PortalDesk.
 */
@Tag("process")
class ImportFailureLogTest {
    @TempDir
    Path dir;

    @Test
    void databaseFailureMidImport_leavesNoClientDataInAnyLog() throws Exception {
        Path data = dir.resolve("data");
        Path home = Files.createDirectories(dir.resolve("home"));
        CliProcess cli = new CliProcess(data, null).property("user.home", home.toString());
        assertThat(cli.run("contacts", "list").exitCode()).isZero();
        // Stands in for a database that fails half-way: it refuses one last name the validator accepts.
        RawSql.execute(data, "ALTER TABLE contact ADD CONSTRAINT refuse_thomas CHECK (last_name <> 'Thomas')");

        List<String> rows = new ArrayList<>(List.of("first_name,last_name,email,mobile,ssn"));
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String last = i == 25 ? "Thomas" : "Client" + i;
            String email = "barbara.thomas" + i + "@example.com";
            String mobile = "+1202555" + String.format("%04d", 100 + i);
            String ssn = "219-09-" + (7000 + i);
            rows.add("Barbara," + last + "," + email + "," + mobile + "," + ssn);
            secrets.addAll(List.of(email, mobile.substring(2), ssn, ssn.replace("-", "")));
        }
        secrets.add("Barbara");
        Path csv = Files.write(dir.resolve("clients.csv"), rows, StandardCharsets.UTF_8);

        CliProcess.Run run = cli.run("contacts", "import", csv.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err().strip().lines()).as("one line, no stack trace").hasSize(1);
        assertThat(RawSql.column(data, "SELECT COUNT(*) FROM contact")).containsExactly(0L);

        StringBuilder everything = new StringBuilder(run.out()).append(run.err());
        try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
            for (Path log : logs.toList()) {
                everything.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        assertThat(everything.toString()).contains("refused").doesNotContain("insert into");
        assertThat(data.resolve("logs/portaldesk.log"))
                .as("the log is in the data folder given")
                .exists();
        assertThat(home.resolve(".portaldesk"))
                .as("not in the home folder's default data folder")
                .doesNotExist();
        for (String secret : secrets) {
            assertThat(everything.toString()).as("the log repeats " + secret).doesNotContain(secret);
        }
    }
}
