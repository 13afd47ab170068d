package com.portaldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kiosk process (headless window) on the embedded database, and `portaldesk workstations` run as another
 * process beside it: the kiosk is listed as a running kiosk while it runs, a kiosk killed with SIGKILL is never
 * claimed to have closed, and one ended by SIGTERM (its session logging out, the PC shutting down) says it closed.
 */
@Tag("process")
class WorkstationsProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRunningKiosk_isListedAsAKiosk_byAnotherProcess_andAKilledOneIsNeverShownAsClosed() throws Exception {
        Path config = Files.writeString(dir.resolve("config.properties"), "kiosk.terminal-id=lobby-west\n");
        CliProcess portaldesk = new CliProcess(dir.resolve("data"), config);
        CliProcess.Started kiosk = portaldesk.headlessWindows().start("--kiosk");
        try {
            Eventually.waitUntil(
                    "the kiosk to be listed as running",
                    Duration.ofMinutes(2),
                    () -> lobbyWest(portaldesk, false)
                            .map(row -> row.path("status").asText().equals("RUNNING"))
                            .orElse(false));
            JsonNode row = lobbyWest(portaldesk, false).orElseThrow();
            assertThat(row.path("program").asText()).isEqualTo("KIOSK");
            assertThat(row.path("account").asText()).isEqualTo(System.getProperty("user.name"));
            assertThat(row.path("closedAt").isNull()).isTrue();
        } finally {
            kiosk.kill();
        }

        JsonNode afterKill = lobbyWest(portaldesk, true).orElseThrow();
        assertThat(afterKill.path("status").asText())
                .as("a killed kiosk cannot have said it closed")
                .isNotEqualTo("CLOSED");
        assertThat(afterKill.path("closedAt").isNull()).isTrue();
        CliProcess.Run table = portaldesk.run("workstations");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("TERMINAL").contains("lobby-west").contains("Kiosk");
    }

    @Test
    void aKioskEndedBySigterm_recordsItsClose() throws Exception {
        Path config = Files.writeString(dir.resolve("config.properties"), "kiosk.terminal-id=lobby-west\n");
        CliProcess portaldesk = new CliProcess(dir.resolve("data"), config);
        CliProcess.Started kiosk = portaldesk.headlessWindows().start("--kiosk");
        try {
            Eventually.waitUntil(
                    "the kiosk to be listed as running",
                    Duration.ofMinutes(2),
                    () -> lobbyWest(portaldesk, false).isPresent());
        } finally {
            kiosk.terminate();
        }

        JsonNode afterTerm = lobbyWest(portaldesk, true).orElseThrow();
        assertThat(afterTerm.path("status").asText()).isEqualTo("CLOSED");
        assertThat(afterTerm.path("closedAt").isNull()).isFalse();
    }

    private static Optional<JsonNode> lobbyWest(CliProcess portaldesk, boolean all) {
        CliProcess.Run run =
                all ? portaldesk.run("workstations", "--all", "--json") : portaldesk.run("workstations", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try {
            for (JsonNode row : JSON.readTree(run.out())) {
                if (row.path("terminalId").asText().equals("lobby-west")) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new AssertionError("workstations --json printed no JSON: " + run.out(), e);
        }
    }
}
