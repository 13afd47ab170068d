package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditIntegrityException;
import com.portaldesk.backup.BackupDamagedException;
import com.portaldesk.backup.RestoredCheck;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigException;
import com.portaldesk.contacts.ContactConflictException;
import com.portaldesk.contacts.ContactException;
import com.portaldesk.contacts.ImportException;
import com.portaldesk.store.ProtectedFileException;
import com.portaldesk.store.StorageException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line with the exit-code mapping every command shares. */
public final class PortalDeskCli {
    private static final Logger LOG = LoggerFactory.getLogger(PortalDeskCli.class);

    private PortalDeskCli() {}

    public static CommandLine create(
            Function<AppConfig, CliServices> opener, WindowLauncher windowLauncher, Map<String, String> environment) {
        return create(
                opener,
                actor -> {
                    throw new IllegalStateException("This command line cannot check restored databases");
                },
                windowLauncher,
                environment);
    }

    /** With {@code restoredCheck}: how a restored database is opened and checked (backup restore, key recovery). */
    public static CommandLine create(
            Function<AppConfig, CliServices> opener,
            Function<Actor, RestoredCheck> restoredCheck,
            WindowLauncher windowLauncher,
            Map<String, String> environment) {
        CommandLine commandLine =
                new CommandLine(new PortalDeskCommand(opener, restoredCheck, windowLauncher, environment));
        commandLine.setExecutionExceptionHandler(PortalDeskCli::handle);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.INVALID_INPUT;
        });
        return commandLine;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        if (e instanceof ContactConflictException
                || e instanceof AuditIntegrityException
                || e instanceof BackupDamagedException
                || e instanceof ProtectedFileException) {
            return ExitCodes.REFUSED;
        }
        if (e instanceof ContactException || e instanceof ImportException || e instanceof IllegalArgumentException) {
            return ExitCodes.INVALID_INPUT;
        }
        if (!(e instanceof StorageException || e instanceof ConfigException)) {
            LOG.error("Command failed", e);
        }
        return ExitCodes.FAILURE;
    }
}
