package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workstation's checkpoint log names the database each line is about: after a move to PostgreSQL, the embedded
 * database's checkpoints say nothing about the new one (their logs share a start and then part), and lines from before
 * databases were named belong to the embedded database every data folder starts with.
 */
@Tag("plain")
class CheckpointLogTest {
    private static final String EMBEDDED = "embedded database in /home/ann/.portaldesk";
    private static final String SHARED = "database jdbc:postgresql://db.leecpa.lan:5432/portaldesk";
    private static final Checkpoint FIRST = Checkpoint.find("PD1-3-20261202T0645Z-3f9a2c1b7e4d5a60-9c2e4f1a3b5d7e80")
            .orElseThrow();
    private static final Checkpoint SECOND = Checkpoint.find("PD1-3-20261203T0700Z-aaaa2c1b7e4d5a60-9c2e4f1a3b5d7e81")
            .orElseThrow();
    private static final Checkpoint OLD = Checkpoint.find("PD1-2-20261101T0645Z-bbbb2c1b7e4d5a60-9c2e4f1a3b5d7e82")
            .orElseThrow();

    @TempDir
    Path logs;

    @Test
    void eachDatabase_readsOnlyItsOwnLines_andLinesFromBeforeNamesBelongToTheEmbeddedOne() throws Exception {
        Files.writeString(
                logs.resolve(CheckpointLog.FILE_NAME), "2026-11-01T06:45:00Z audit checkpoint " + OLD.code() + "\n");
        CheckpointLog embedded = new CheckpointLog(logs, EMBEDDED, true);
        CheckpointLog shared = new CheckpointLog(logs, SHARED, false);
        embedded.append(FIRST);
        shared.append(SECOND);

        assertThat(embedded.all()).containsExactly(OLD, FIRST);
        assertThat(shared.all()).containsExactly(SECOND);
        assertThat(Files.readString(embedded.file()))
                .doesNotContain("postgresql")
                .doesNotContain(".portaldesk");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(embedded.file())))
                .isEqualTo("rw-------");
    }
}
