package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.Restore;
import com.portaldesk.backup.RestoredCheck;
import com.portaldesk.config.AppConfig;
import com.portaldesk.store.KeyFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** backup restore FILE [--recovery-key-file K | --recovery-key]. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup into an empty database: the embedded one of the data folder (whatever the "
                    + "folder holds is moved aside first, never deleted) or an empty PostgreSQL database.",
            "The whole file is checked before anything is written; a backup of an older version is upgraded. "
                    + "Refused while other PortalDesk programs use the database.",
            "The key: --recovery-key-file, --recovery-key (asked for), or else the data folder's key file."
        },
        footer = ExitCodes.HELP_FOOTER)
final class BackupRestoreCommand implements Callable<Integer> {
    @ParentCommand
    private BackupCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file (.pdbackup).")
    private Path file;

    @Mixin
    private RecoveryKeyOptions recoveryKey;

    @Override
    public Integer call() {
        AppConfig config = parent.root.config();
        byte[] key = recoveryKey.key().orElseGet(() -> {
            if (!KeyFile.exists(config.dataDir())) {
                throw new IllegalArgumentException("There is no key file in " + config.dataDir() + ": give the "
                        + "firm's recovery key with --recovery-key-file FILE or --recovery-key.");
            }
            return KeyFile.read(config.dataDir());
        });
        Actor actor = Actor.operatingSystemUser(config.terminalId());
        RestoredCheck check = parent.root.restoredCheck(actor);
        Restore.Restored restored;
        try {
            restored = Restore.restore(file, key, config, check, Clock.systemUTC());
        } catch (RuntimeException e) {
            check.refused(config, "Restore of " + file.getFileName() + " refused: " + e.getMessage());
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        BackupReports.print(out, file, restored.report());
        if (restored.movedAside() != null) {
            out.println("The data folder as it was before is kept whole in " + restored.movedAside());
        }
        out.println(
                restored.report().passed()
                        ? "Restored into the "
                                + (config.dbUrl().isEmpty()
                                        ? "embedded database in " + config.dataDir()
                                        : "database " + config.dbUrl().replaceAll("\\?.*", ""))
                                + "."
                        : "Restored, with the problems above: check before using it.");
        return restored.report().passed() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
