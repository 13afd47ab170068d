package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.store.KeyFile;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every staff app's banner and dashboard are told: nothing when all is well, else the alarm and its cause. */
@Tag("db")
class IntegrityWatchTest {
    @TempDir
    Path data;

    private IntegrityWatch watch(AppContext context) {
        return new IntegrityWatch(context.audit(), context.checkpoints(), data);
    }

    @Test
    void aSoundFolderAndLog_sayNothing_aLoosenedKeyAndACutLogAreSaid() throws Exception {
        try (AppContext context = TestDatabase.open(data)) {
            assertThat(watch(context).warnings()).isEmpty();
            assertThat(watch(context).alarm()).isEmpty();
        }
        Files.setPosixFilePermissions(KeyFile.locate(data), PosixFilePermissions.fromString("rw-r--r--"));
        RawSql.execute(data, "UPDATE audit_head SET seal = NULL WHERE id = 1");
        try (AppContext context = TestDatabase.open(data)) {
            assertThat(watch(context).alarm())
                    .hasValueSatisfying(alarm -> assertThat(alarm)
                            .contains("does not carry PortalDesk's seal")
                            .contains("audit resume"));
            assertThat(watch(context).warnings())
                    .hasSize(2)
                    .anySatisfy(warning -> assertThat(warning).contains("seal"))
                    .anySatisfy(warning ->
                            assertThat(warning).contains("portaldesk.key").contains("was rw-r--r--"));
        }
    }
}
