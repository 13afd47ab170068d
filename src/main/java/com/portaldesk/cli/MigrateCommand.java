package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.Restore;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** migrate --to-url URL [--user U] [--password]: the embedded database copied into an empty PostgreSQL database. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Copy this computer's embedded database into an empty PostgreSQL database, for a firm moving "
                    + "to several workstations (docs/shared-database.md).",
            "Every table is copied in one consistent snapshot, the row counts are checked and the audit log is "
                    + "verified on the new database. The embedded database is left as it was."
        },
        footer = ExitCodes.HELP_FOOTER)
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    private PortalDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to-url",
            required = true,
            paramLabel = "URL",
            description =
                    "The empty PostgreSQL database: jdbc:postgresql://HOST:5432/DB?sslmode=verify-full&sslrootcert=...")
    private String url;

    @Option(
            names = "--user",
            paramLabel = "USER",
            description = "Its login (default: portaldesk_app, as postgres-setup.sql makes it).")
    private String user = "portaldesk_app";

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            arity = "0..1",
            interactive = true,
            description = "Its password; given without a value (the usual way), it is asked for without echo. A value "
                    + "typed after it is seen by every account on the computer in the process list while it runs.")
    private char[] password;

    @Override
    public Integer call() {
        AppConfig source = root.config();
        if (!source.dbUrl().isEmpty()) {
            throw new IllegalArgumentException("This computer already uses the database "
                    + source.dbUrl().replaceAll("\\?.*", "") + "; migrate copies the embedded database only.");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--to-url must be a jdbc:postgresql: URL.");
        }
        AppConfig target = source.withValues(Map.of(
                ConfigKey.DB_URL,
                url,
                ConfigKey.DB_USER,
                user,
                ConfigKey.DB_PASSWORD,
                password == null ? "" : new String(password)));
        Actor actor = Actor.operatingSystemUser(source.terminalId());
        String where = url.replaceAll("\\?.*", "");
        Restore.Restored restored;
        try (CliServices services = root.open()) {
            restored = services.backups().copyInto(target, where, actor, root.restoredCheck(actor));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!restored.report().passed()) {
            BackupReports.print(out, Path.of("the copy"), restored.report());
            out.println("The copy has the problems above: keep using the embedded database until they are solved.");
            return ExitCodes.REFUSED;
        }
        out.printf(
                "Copied %,d contacts and %,d audit events into %s; every table's rows counted, the audit log "
                        + "verified there.%n",
                restored.report().check().contacts(), restored.report().check().auditEvents(), where);
        out.println("The embedded database in " + source.dataDir() + " keeps all its data; the copy is recorded in its "
                + "audit log.");
        out.println();
        out.println("On each workstation (this one too), in /etc/portaldesk/config.properties (Windows: "
                + "%ProgramData%\\PortalDesk\\config.properties):");
        out.println("    db.url=" + url);
        out.println("    db.user=" + user);
        out.println("    db.password=(the password)");
        out.println("and a copy of " + source.dataDir().resolve("portaldesk.key") + " in each account's data folder "
                + "(docs/shared-database.md, step 4).");
        return ExitCodes.OK;
    }
}
