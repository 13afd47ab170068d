package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @TempDir
    Path dir;

    @Test
    void prepare_createsMissingFolders() {
        Path nested = dir.resolve("a/b/c");
        assertThat(DataFolder.prepare(nested)).isDirectory();
    }

    @Test
    void prepare_refusesAFileWithClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> DataFolder.prepare(file)).isInstanceOf(StorageException.class)
                .hasMessageContaining("data folder");
    }

    @Test
    void prepare_refusesReadOnlyFolderWithClearMessage() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "root can write anywhere; the read-only file system case below covers root");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThatThrownBy(() -> DataFolder.prepare(readOnly)).isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot write");
    }

    @Test
    void prepare_refusesFolderOnReadOnlyFileSystem() {
        // /proc is read-only even for root, which is who runs CI.
        assertThatThrownBy(() -> DataFolder.prepare(Path.of("/proc/portaldesk-test")))
                .isInstanceOf(StorageException.class).hasMessageContaining("PortalDesk cannot");
    }
}
