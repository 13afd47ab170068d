package com.portaldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `portaldesk backup create` killed with SIGKILL half way: no file that looks like a finished backup is left. */
@Tag("process")
class BackupKillTest {
    @TempDir
    Path dir;

    @Test
    void aBackupKilledHalfWay_leavesNothingThatLooksFinished_andTheNextOneIsWhole() throws Exception {
        CliProcess portaldesk = new CliProcess(dir.resolve("data"), null);
        CliProcess.Run seeded = portaldesk.run("contacts", "seed", "30000");
        assertThat(seeded.exitCode()).as(seeded.err()).isZero();
        Path folder = dir.resolve("backups");

        CliProcess.Started backup = portaldesk.start("backup", "create", "--to", folder.toString());
        Eventually.waitUntil(
                "the backup to be under way",
                Duration.ofMinutes(2),
                () -> !named(folder, ".partial").isEmpty() || !backup.process().isAlive());
        backup.kill();

        assertThat(named(folder, ".pdbackup"))
                .as("a killed backup must not look finished")
                .isEmpty();
        List<Path> partial = named(folder, ".partial");
        assertThat(partial).hasSize(1);
        CliProcess.Run onPartial =
                portaldesk.run("backup", "verify", partial.get(0).toString());
        assertThat(onPartial.exitCode())
                .as("refused, as the README says of a damaged backup")
                .isEqualTo(3);
        assertThat(onPartial.err()).containsAnyOf("cut short", "not a PortalDesk backup");

        CliProcess.Run again = portaldesk.run("backup", "create", "--to", folder.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        List<Path> finished = named(folder, ".pdbackup");
        assertThat(finished).hasSize(1);
        CliProcess.Run verified =
                portaldesk.run("backup", "verify", finished.get(0).toString());
        assertThat(verified.exitCode()).as(verified.err() + verified.out()).isZero();
        assertThat(verified.out()).contains("contacts    30,000");
    }

    private static List<Path> named(Path folder, String ending) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(ending))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
