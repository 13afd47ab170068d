package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("plain")
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
        assertThatThrownBy(() -> DataFolder.prepare(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("data folder");
    }

    @Test
    void prepare_refusesReadOnlyFolderWithClearMessage() throws Exception {
        assumeFalse(
                "root".equals(System.getProperty("user.name")),
                "root can write anywhere; the read-only file system case below covers root");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThatThrownBy(() -> DataFolder.prepare(readOnly))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot write");
    }

    @Test
    void prepare_refusesFolderOnReadOnlyFileSystem() {
        // /proc is read-only even for root, which is who runs CI.
        assertThatThrownBy(() -> DataFolder.prepare(Path.of("/proc/portaldesk-test")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("PortalDesk cannot");
    }

    @Test
    void permissionsSomeoneLoosened_areTightened_andSaid_butTheEnginesOwnFilesAreNot() throws Exception {
        Path data = DataFolder.prepare(dir.resolve("data"));
        KeyFile.create(data);
        Path trace = Files.writeString(data.resolve("portaldesk.trace.db"), "engine trace");
        Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(DataFolder.repairedPermissions(data)).isEmpty();

        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(KeyFile.locate(data), PosixFilePermissions.fromString("rw-r--r--"));
        DataFolder.prepare(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFile.locate(data))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(trace)))
                .isEqualTo("rw-------");
        assertThat(DataFolder.repairedPermissions(data))
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(data.toString()).contains("was rwxr-xr-x"))
                .anySatisfy(line -> assertThat(line).contains("portaldesk.key").contains("was rw-r--r--"))
                .noneSatisfy(line -> assertThat(line).contains("trace"));
    }

    @Test
    void aNewDataFolder_isOwnerOnlyFromTheStart_withNothingToWarnAbout() throws Exception {
        Path data = DataFolder.prepare(dir.resolve("new/data"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.getParent())))
                .isEqualTo("rwx------");
        assertThat(DataFolder.repairedPermissions(data)).isEmpty();
    }
}
