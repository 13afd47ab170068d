package com.portaldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.StorageException;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class StartupTest {
    @TempDir
    Path dataDir;

    private void assertAliceStillReadable() {
        try (AppContext context = TestDatabase.open(dataDir)) {
            var rows = context.contacts().search(ContactQuery.active("")).rows();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).maskedSecret()).isEqualTo("•••-••-6879");
        }
    }

    private void createOneContact() {
        try (AppContext context = TestDatabase.open(dataDir)) {
            context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        }
    }

    @Test
    void open_onEmptyFolder_createsDatabaseAndOwnerOnlyKey() {
        createOneContact();
        assertThat(dataDir.resolve("portaldesk.mv.db")).exists();
        assertThat(KeyFile.locate(dataDir)).exists();
    }

    @Test
    void open_withMissingKeyFile_refusesClearlyAndChangesNothing() throws Exception {
        createOneContact();
        byte[] key = Files.readAllBytes(KeyFile.locate(dataDir));
        Files.delete(KeyFile.locate(dataDir));

        assertThatThrownBy(() -> TestDatabase.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("key file")
                .hasMessageContaining("is missing")
                .hasMessageContaining("Nothing was changed");

        assertThat(KeyFile.locate(dataDir))
                .as("no new key may replace the lost one")
                .doesNotExist();
        Files.write(KeyFile.locate(dataDir), key);
        assertAliceStillReadable();
    }

    @Test
    void open_withAnotherDatabasesKeyFile_refusesClearlyAndChangesNothing() throws Exception {
        createOneContact();
        Path otherFolder = Files.createDirectory(dataDir.resolve("other"));
        TestDatabase.open(otherFolder).close();
        byte[] foreignKey = Files.readAllBytes(KeyFile.locate(otherFolder));
        byte[] ownKey = Files.readAllBytes(KeyFile.locate(dataDir));
        Files.write(KeyFile.locate(dataDir), foreignKey);

        assertThatThrownBy(() -> TestDatabase.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not belong to this database");

        assertThat(Files.readAllBytes(KeyFile.locate(dataDir))).isEqualTo(foreignKey);
        Files.write(KeyFile.locate(dataDir), ownKey);
        assertAliceStillReadable();
    }

    @Test
    void open_twiceOnOneFolder_sharesTheDatabase() {
        try (AppContext staffApp = TestDatabase.open(dataDir);
                AppContext commandLine = TestDatabase.open(dataDir)) {
            staffApp.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            assertThat(commandLine
                            .contacts()
                            .search(ContactQuery.active("alice"))
                            .rows())
                    .hasSize(1);
        }
    }

    @Test
    void reopen_findsEverythingSaved() {
        createOneContact();
        try (AppContext context = TestDatabase.open(dataDir)) {
            var alice =
                    context.contacts().search(ContactQuery.active("")).rows().get(0);
            assertThat(alice.displayName()).isEqualTo("Alice Pauline");
            assertThat(alice.maskedSecret()).isEqualTo("•••-••-6879");
        }
    }
}
