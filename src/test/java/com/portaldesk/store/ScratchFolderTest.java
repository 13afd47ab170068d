package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.OtherAccount;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The working folders of checks and restores, and their clean-up at start, in a parent folder other accounts can
 * write to (a data folder under a shared folder): only folders this account made are ever removed, nothing inside
 * someone else's is followed or opened, and a copy is read through the file opened when it was made.
 */
@Tag("process")
class ScratchFolderTest {
    @TempDir
    Path dir;

    private Path sharedParent() throws Exception {
        Path share = Files.createDirectory(dir.resolve("share"));
        OtherAccount.openToOthers(share, dir);
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwxrwxrwx"));
        return share;
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a lock that is a pipe would wait forever
    void aLookAlikeFolderOfAnotherAccount_isLeftAlone_andNothingInsideIsFollowedOrOpened() throws Exception {
        Path share = sharedParent();
        Path data = DataFolder.prepare(share.resolve("pd"));
        KeyFile.create(data);
        Path planted = Files.createDirectories(share.resolve(ScratchFolder.PREFIX + "restore-0000/a"));
        Files.createSymbolicLink(planted.resolve("key"), KeyFile.locate(data));
        Path trap = Files.createDirectory(share.resolve(ScratchFolder.PREFIX + "verify-1"));
        assertThat(new ProcessBuilder("mkfifo", trap.resolve("in-use.lock").toString())
                        .start()
                        .waitFor())
                .isZero();
        for (Path folder : new Path[] {planted.getParent(), planted, trap}) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (OtherAccount.available()) {
                OtherAccount.giveAway(folder);
            }
        }

        DataFolder.prepare(data); // every start cleans up working folders beside the data folder

        assertThat(KeyFile.locate(data)).exists();
        assertThat(planted.resolve("key")).exists();
        assertThat(trap.resolve("in-use.lock")).exists();
    }

    @Test
    void ourOwnFolderLeftByAKilledProcess_isRemoved_butOneInUseIsNot() throws Exception {
        Path share = sharedParent();
        Path data = DataFolder.prepare(share.resolve("pd"));
        ScratchFolder inUse = ScratchFolder.in(share, "restore");
        Path left = Files.createDirectory(
                share.resolve(ScratchFolder.PREFIX + "verify-left"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.writeString(left.resolve("in-use.lock"), "");
        try (inUse) {
            DataFolder.prepare(data);
            assertThat(left).doesNotExist();
            assertThat(inUse.path()).exists();
        }
        assertThat(inUse.path()).as("removed when it closes").doesNotExist();
    }

    @Test
    void theCopy_isReadThroughTheFileOpenedWhenItWasMade_evenIfItsNameIsSwapped() throws Exception {
        Path source = Files.writeString(dir.resolve("backup.pdbackup"), "the checked bytes");
        try (ScratchFolder scratch = ScratchFolder.in(dir.resolve("data"), "verify")) {
            ScratchFolder.Copy copy = scratch.copyIn(source, "backup.pdbackup");
            Files.writeString(source, "other bytes");
            Path named = scratch.path().resolve("backup.pdbackup");
            Files.delete(named);
            Files.writeString(named, "swapped in by name");
            for (int read = 0; read < 2; read++) {
                try (InputStream in = copy.read()) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo("the checked bytes");
                }
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(scratch.path())))
                    .isEqualTo("rwx------");
        }
    }
}
