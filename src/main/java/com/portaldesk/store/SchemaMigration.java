package com.portaldesk.store;

import com.portaldesk.config.AppVersion;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database's schema up to this program's, with Flyway, and refuses a database a newer PortalDesk has
 * already moved on: an older program must not write to tables it does not know (Flyway would otherwise ignore the
 * newer migrations). Flyway locks its history table while migrating, so when several workstations start a newer
 * version at once one migrates and the others wait, and each migration commits whole or not at all.
 */
final class SchemaMigration {
    private SchemaMigration() {}

    /** Runs the migrations still due and returns the versions it applied. */
    static Set<String> migrate(DataSource dataSource, String description) {
        try {
            Flyway flyway = flyway(dataSource, null);
            refuseNewerSchema(flyway.info().applied(), description);
            MigrateResult result = flyway.migrate();
            return result.migrations.stream().map(m -> m.version).collect(Collectors.toUnmodifiableSet());
        } catch (FlywayException e) {
            if (DatabaseFailures.isMissingPrivilege(e)) {
                throw new StorageException(
                        "The database user may not create or change PortalDesk's tables in the "
                                + description + " (" + DatabaseFailures.rootMessage(e) + "). Prepare the database with "
                                + "installer/postgres-setup.sql and point db.url and db.user at what it made "
                                + "(docs/shared-database.md). Nothing was changed.",
                        e);
            }
            throw new StorageException("Cannot prepare the " + description + ": " + DatabaseFailures.rootMessage(e), e);
        }
    }

    /**
     * Brings an empty database to exactly {@code version}, no further: a backup made at that version is loaded into
     * it, and the usual opening then migrates it like any older database.
     */
    static void migrateTo(DataSource dataSource, String description, String version) {
        try {
            flyway(dataSource, version).migrate();
        } catch (FlywayException e) {
            throw new StorageException("Cannot prepare the " + description + ": " + DatabaseFailures.rootMessage(e), e);
        }
    }

    /** The database's schema version, or empty for a database PortalDesk has not prepared. */
    static Optional<String> currentVersion(DataSource dataSource) {
        MigrationInfo current = flyway(dataSource, null).info().current();
        return Optional.ofNullable(current).map(m -> m.getVersion().getVersion());
    }

    /** The newest schema this program knows. */
    static String newestKnownVersion(DataSource dataSource) {
        MigrationInfo[] all = flyway(dataSource, null).info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .installedBy("PortalDesk " + AppVersion.current());
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** A schema version this program does not know means a newer PortalDesk migrated the database. */
    static void refuseNewerSchema(MigrationInfo[] applied, String description) {
        MigrationInfo[] future = Arrays.stream(applied)
                .filter(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length == 0) {
            return;
        }
        MigrationInfo newest = future[future.length - 1];
        String known = Arrays.stream(applied)
                .filter(m -> !m.getState().name().startsWith("FUTURE"))
                .reduce((first, second) -> second)
                .map(m -> m.getVersion().getVersion())
                .orElse("none");
        throw new StorageException("This PortalDesk (" + AppVersion.current() + ", schema " + known + ") is older than "
                + "the " + description + ", which " + newest.getInstalledBy() + " moved to schema "
                + newest.getVersion().getVersion() + ". Install that version, or a newer one, on this computer. "
                + "Nothing was changed.");
    }
}
