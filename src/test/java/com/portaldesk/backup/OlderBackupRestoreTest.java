package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.RestoredDatabaseCheck;
import com.portaldesk.audit.LegacyChain;
import com.portaldesk.config.AppConfig;
import com.portaldesk.store.Database;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.TableDump;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup made by an earlier schema version (12: before V13's backup tables and V14's check-in columns) is restored
 * at that version and then upgraded by the usual migrations, with its data and audit chain intact.
 */
@Tag("db")
class OlderBackupRestoreTest {
    /** Tables later migrations made: V13's backup tables, V19's checkpoint mail. */
    private static final Set<String> MADE_LATER =
            Set.of("backup_schedule", "backup_record", "recovery_key_state", "checkpoint_mail");

    private static final Set<String> ADDED_BY_V14 = Set.of("seen_at", "seen_by");
    /** Columns later migrations added to tables a schema-12 database already had (V14 to V22). */
    private static final Map<String, Set<String>> LATER_COLUMNS = Map.of(
            "check_in", ADDED_BY_V14,
            "firm_profile", Set.of("logo_png"),
            "staff_user", Set.of("must_change_password"),
            "portal_policy", Set.of("staff_idle_lock_seconds"),
            "audit_event", Set.of("hash_encoding"),
            "delivery_settings",
                    Set.of(
                            "m365_tenant_id",
                            "m365_client_id",
                            "m365_secret_cipher",
                            "m365_mailbox",
                            "google_key_file",
                            "google_mailbox"));

    private static final int NEWEST_SCHEMA = 22;

    @TempDir
    Path dir;

    @Test
    void aBackupOfSchema12_isRestoredAndUpgraded() throws Exception {
        Path data = dir.resolve("data");
        Backups.Created current;
        byte[] key;
        try (AppContext context = TestDatabase.open(data, Clock.systemUTC())) {
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Ann", "Lee")
                                    .withEmail("ann@example.com")
                                    .withSsn("219-09-7351")
                                    .build(),
                            TestActor.STAFF);
            ClientSignIn.signIn(context, "ann@example.com", "7351", "lobby");
            current = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
            key = KeyFile.read(data);
        }
        Path older = relabel(current.file(), key, "12");

        Path target = dir.resolve("restored");
        Restore.Restored restored = Restore.restore(
                older,
                key,
                AppConfig.forDataDir(target),
                new RestoredDatabaseCheck(TestActor.STAFF),
                Clock.systemUTC());

        assertThat(restored.report().problems()).isEmpty();
        assertThat(restored.report().info().schemaVersion()).isEqualTo("12");
        assertThat(restored.report().check().contacts()).isEqualTo(1);
        assertThat(restored.report().check().secretsOpened()).isEqualTo(1);
        try (AppContext context = TestDatabase.open(target)) {
            assertThat(context.audit().verifyChain().intact()).isTrue();
            assertThat(context.backups().history().list(10)).isEmpty(); // V13's table exists: the upgrade ran
            assertThat(context.checkIns().today(ZoneOffset.UTC)).isEmpty(); // and V14's columns
        }
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + target.resolve("portaldesk") + ";AUTO_SERVER=TRUE",
                        Database.embeddedCredentials(target).user(),
                        Database.embeddedCredentials(target).password());
                ResultSet newest = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            newest.next();
            assertThat(newest.getString(1)).isEqualTo(String.valueOf(NEWEST_SCHEMA));
        }
    }

    /** The same backup as a PortalDesk at another schema version would have written it. */
    private Path relabel(Path file, byte[] key, String schemaVersion) throws Exception {
        BackupCipher cipher = new BackupCipher(new FieldCipher(key));
        Path out = file.resolveSibling("older" + Backups.EXTENSION);
        try (BackupReader reader = BackupReader.open(file, cipher);
                OutputStream stream = Files.newOutputStream(out)) {
            BackupInfo info = reader.info();
            BackupInfo relabelled = new BackupInfo(
                    info.format(),
                    "0.0.9",
                    schemaVersion,
                    info.engine(),
                    info.created(),
                    info.createdBy(),
                    info.terminal(),
                    info.firmName());
            OutputStream encrypted = cipher.encrypt(stream, BackupCipher.newSalt());
            BackupWriter writer = new BackupWriter(encrypted, relabelled);
            LegacyChain legacy = new LegacyChain(key);
            for (TableDump.TableHeader table = reader.nextTable(); table != null; table = reader.nextTable()) {
                if (MADE_LATER.contains(table.name())) {
                    continue; // a PortalDesk at schema 12 had no such tables
                }
                List<Integer> kept = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    String column = table.columns().get(i).name();
                    if (!LATER_COLUMNS.getOrDefault(table.name(), Set.of()).contains(column)) {
                        kept.add(i);
                    }
                }
                writer.table(
                        table.name(), kept.stream().map(table.columns()::get).toList());
                List<String> names =
                        table.columns().stream().map(TableDump.Column::name).toList();
                for (Object[] row = reader.nextRow(); row != null; row = reader.nextRow()) {
                    if (table.name().equals("audit_event")) {
                        legacy.relink(names, row); // hashed as schema 12 hashed events
                    } else if (table.name().equals("audit_head")) {
                        legacy.sealHead(names, row);
                    }
                    Object[] values = row;
                    writer.row(kept.stream().map(i -> values[i]).toArray());
                }
            }
            writer.finish(""); // the new checkpoint names a hash of the new encoding
            encrypted.close();
        }
        return out;
    }
}
