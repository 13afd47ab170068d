package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.portaldesk.app.AppContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@Tag("db")
class CliTest {
    @TempDir
    Path dir;

    private String out;
    private String err;
    private final AtomicBoolean windowOpened = new AtomicBoolean();

    private int run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine cli = PortalDeskCli.create(AppContext::open, (config, kiosk) -> windowOpened.set(true), Map.of());
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        cli.setOut(new PrintWriter(outText));
        cli.setErr(new PrintWriter(errText));
        int code = cli.execute(all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    private int addAlice() {
        return run(
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
                "123-45-6789");
    }

    @Test
    void noCommand_opensTheWindow() {
        assertThat(run()).isZero();
        assertThat(windowOpened).isTrue();
    }

    @Test
    void add_thenListAsJson_showsMaskedSsnOnly() throws Exception {
        assertThat(addAlice()).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("Added Alice Pauline");
        assertThat(run("contacts", "list", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("total").asInt()).isEqualTo(1);
        JsonNode alice = json.get("contacts").get(0);
        assertThat(alice.get("ssn").asText()).isEqualTo("•••-••-6789");
        assertThat(alice.get("mobile").asText()).isEqualTo("+12125550101");
        assertThat(alice.get("portalReady").asBoolean()).isTrue();
        assertThat(out).doesNotContain("123-45").doesNotContain("123456789");
    }

    @Test
    void list_searchFindsAndHumanOutputHasTable() {
        addAlice();
        assertThat(run("contacts", "list", "--search", "6789")).isZero();
        assertThat(out).contains("NAME").contains("Alice Pauline").contains("1 of 1 contacts");
        assertThat(run("contacts", "list", "--search", "nobody")).isZero();
        assertThat(out).contains("0 of 0 contacts");
    }

    @Test
    void add_duplicate_isRefusedWithExitCode3() {
        addAlice();
        assertThat(addAlice()).isEqualTo(ExitCodes.REFUSED);
        assertThat(err).contains("Alice Pauline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a4", "١٢٣٤", "' OR 1=1 --", "123"})
    void add_badSsn_isInvalidInputWithExitCode2(String ssn) {
        assertThat(run("contacts", "add", "--first-name", "A", "--email", "a@example.com", "--ssn=" + ssn))
                .isEqualTo(ssn.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT);
        if (!ssn.isEmpty()) {
            assertThat(err).contains("SSN:");
        }
    }

    @Test
    void add_absurdInput_isRefusedClearly() {
        assertThat(run("contacts", "add", "--first-name", "x".repeat(10_000), "--email", "a@example.com"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("At most 100 characters");
        assertThat(run("contacts", "add", "--first-name", "A", "--email", "a@example.com'; DROP TABLE contact;--"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("contacts", "list", "--search", "y".repeat(10_000))).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void unknownOption_isInvalidInputWithHelpHint() {
        assertThat(run("contacts", "list", "--colour")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("Unknown option").contains("--help");
    }

    @Test
    void help_documentsExitCodes() {
        assertThat(run("contacts", "import", "--help")).isZero();
        assertThat(out).contains("Exit codes: 0 success");
    }

    @Test
    void help_warnsThatSecretsTypedInlineAreSeenInTheProcessList() {
        for (String[] command : new String[][] {
            {"contacts", "add", "--help"},
            {"backup", "restore", "--help"},
            {"recovery-key", "restore", "--help"},
            {"migrate", "--help"}
        }) {
            assertThat(run(command)).isZero();
            assertThat(out.replaceAll("\\s+", " "))
                    .as(String.join(" ", command))
                    .contains("process list");
        }
    }

    @Test
    void importAndExport_roundTripAndReportRefusedRows() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("in.csv"),
                "first_name,last_name,email,ssn\n" + "Ann,Lee,ann@example.com,219-09-9999\nBad,Row,nope,\n");
        assertThat(run("contacts", "import", csv.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out).contains("Line 3: Email:");
        assertThat(run("contacts", "list", "--json")).isZero();
        assertThat(out).contains("\"total\" : 0");

        Path report = dir.resolve("refused.csv");
        assertThat(run(
                        "contacts",
                        "import",
                        csv.toString(),
                        "--mode",
                        "VALID_ROWS",
                        "--report",
                        report.toString(),
                        "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out).get("imported").asInt()).isEqualTo(1);
        assertThat(Files.readString(report)).contains("nope");

        Path exported = dir.resolve("out.csv");
        assertThat(run("contacts", "export", exported.toString())).isZero();
        assertThat(Files.readString(exported)).contains("ann@example.com").doesNotContain("9999");
    }

    @Test
    void import_badFile_isInvalidInputWithReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThat(run("contacts", "import", empty.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("The file is empty.");
    }

    @Test
    void seed_addsMadeUpContacts() {
        assertThat(run("contacts", "seed", "25", "--seed", "3")).isZero();
        assertThat(run("contacts", "list", "--json")).isZero();
        assertThat(out).contains("\"total\" : 25");
    }

    @Test
    void unwritableDataFolder_isFailureWithClearMessage() {
        CommandLine cli = PortalDeskCli.create(AppContext::open, (config, kiosk) -> {}, Map.of());
        StringWriter errText = new StringWriter();
        cli.setErr(new PrintWriter(errText));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("--data-dir", "/proc/portaldesk", "contacts", "list"))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(errText.toString()).contains("PortalDesk cannot").doesNotContain("Exception");
    }

    @Test
    void badConfig_isFailureNamingTheKey() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.properties"), "colour=blue\n");
        assertThat(run("--config", config.toString(), "contacts", "list")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err).contains("Unknown key 'colour'");
    }
}
