package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.Restore;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** migrate --to-url URL [--user U] [--password]: the embedded database copied into an empty PostgreSQL database. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy this computer's embedded database into an empty PostgreSQL database, for a firm moving "
                + "to several workstations (docs/shared-database.md).",
                "Every table is copied in one consistent snapshot, the row counts are checked and the audit log is "
                        + "verified on the new database. The embedded database is left as it was."},
        footer = ExitCodes.HELP_FOOTER)
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    private PortalDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--to-url", required = true, paramLabel = "URL",
            description = "The empty PostgreSQL database: jdbc:postgresql://HOST:5432/DB?sslmode=verify-full&sslrootcert=...")
    private String url;

    @Option(names = "--user", paramLabel = "USER", description = "Its login (default: portaldesk_app, as postgres-setup.sql makes it).")
    private String user = "portaldesk_app";

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Its password; given without a value (the usual way), it is asked for without echo.")
    private char[] password;

    @Override
    public Integer call() {
        AppConfig source = root.config();
        if (!source.dbUrl().isEmpty()) {
            throw new IllegalArgumentException("This computer already uses the database " + source.dbUrl()
                    .replaceAll("\\?.*", "") + "; migrate copies the embedded database only.");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--to-url must be a jdbc:postgresql: URL.");
        }
        AppConfig target = source.withValues(Map.of(ConfigKey.DB_URL, url, ConfigKey.DB_USER, user,
                ConfigKey.DB_PASSWORD, password == null ? "" : new String(password)));
        Path scratch = scratchFolder(source);
        try {
            Backups.Created copy;
            try (CliServices services = root.open()) {
                copy = services.backups().create(scratch, services.actor());
            }
            Actor actor = Actor.operatingSystemUser(source.terminalId());
            Restore.Restored restored = Restore.restore(copy.file(), com.portaldesk.store.KeyFile.read(source.dataDir()),
                    target, root.restoredCheck(actor), Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            if (!restored.report().passed()) {
                BackupReports.print(out, copy.file(), restored.report());
                out.println("The copy has the problems above: keep using the embedded database until they are solved.");
                return ExitCodes.REFUSED;
            }
            out.printf("Copied %,d contacts and %,d audit events into %s; every table's rows counted, the audit log "
                    + "verified there.%n", restored.report().check().contacts(), restored.report().check().auditEvents(),
                    url.replaceAll("\\?.*", ""));
            out.println("The embedded database in " + source.dataDir() + " was left as it was.");
            out.println();
            out.println("On each workstation (this one too), in /etc/portaldesk/config.properties (Windows: "
                    + "%ProgramData%\\PortalDesk\\config.properties):");
            out.println("    db.url=" + url);
            out.println("    db.user=" + user);
            out.println("    db.password=(the password)");
            out.println("and a copy of " + source.dataDir().resolve("portaldesk.key") + " in each account's data folder "
                    + "(docs/shared-database.md, step 4).");
            return ExitCodes.OK;
        } finally {
            deleteTree(scratch);
        }
    }

    private static Path scratchFolder(AppConfig source) {
        try {
            return Files.createTempDirectory(Files.createDirectories(source.dataDir()), "migrate-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a working folder in " + source.dataDir(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + root, e);
        }
    }
}
