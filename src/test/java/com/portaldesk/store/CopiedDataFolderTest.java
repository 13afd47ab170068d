package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder copied while PortalDesk had it open carries the database's lock file, which names the port of the
 * program sharing it: the copy must not open (and write to) the original's database through it.
 */
@Tag("db")
class CopiedDataFolderTest {
    @TempDir
    Path root;

    @Test
    void aCopyOfAFolderInUse_isRefused_andNothingReachesTheOriginal() throws Exception {
        Path original = root.resolve("original");
        Path copy = root.resolve("copy");
        try (AppContext running = TestDatabase.open(original)) {
            running.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            copyFolder(original, copy);
            assertThat(copy.resolve(Database.EMBEDDED_NAME + ".lock.db"))
                    .as("copied with the folder")
                    .exists();

            assertThatThrownBy(() -> TestDatabase.open(copy).close())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("is a copy of one PortalDesk has open")
                    .hasMessageContaining(original.toString())
                    .hasMessageContaining("Nothing was read or changed");
            assertThat(running.contacts()
                            .search(new ContactQuery("", ContactQuery.Scope.ACTIVE, 10))
                            .rows())
                    .as("the original, as it was")
                    .hasSize(1);
        }
    }

    @Test
    void theOriginalItself_opensTwiceWhileInUse_asAKioskAndAStaffAppShareIt() throws Exception {
        Path folder = root.resolve("shared");
        try (AppContext first = TestDatabase.open(folder);
                AppContext second = TestDatabase.open(folder)) {
            first.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            assertThat(second.contacts()
                            .search(new ContactQuery("", ContactQuery.Scope.ACTIVE, 10))
                            .rows())
                    .hasSize(1);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
