package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("plain")
class KeyFileTest {
    @TempDir
    Path dir;

    @Test
    void create_writesOwnerOnly256BitKey() throws Exception {
        byte[] key = KeyFile.create(dir);
        assertThat(key).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFile.locate(dir))))
                .isEqualTo("rw-------");
        assertThat(KeyFile.read(dir)).isEqualTo(key);
    }

    @Test
    void create_neverOverwritesAnExistingKey() {
        byte[] key = KeyFile.create(dir);
        assertThatThrownBy(() -> KeyFile.create(dir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("never overwrites");
        assertThat(KeyFile.read(dir)).isEqualTo(key);
    }

    @Test
    void read_refusesDamagedFileWithClearMessage() throws Exception {
        Files.writeString(KeyFile.locate(dir), "hello\n");
        assertThatThrownBy(() -> KeyFile.read(dir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("backup");
    }

    @Test
    void read_tightensLoosePermissions() throws Exception {
        KeyFile.create(dir);
        Files.setPosixFilePermissions(KeyFile.locate(dir), PosixFilePermissions.fromString("rw-r--r--"));
        KeyFile.read(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFile.locate(dir))))
                .isEqualTo("rw-------");
    }
}
