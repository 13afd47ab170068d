package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.RestoredCheck;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: with no subcommand it opens the staff app's window; otherwise it runs a command. */
@Command(
        name = "portaldesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Client contacts and client-portal sign-in security for accounting and tax firms.%n"
                + "Without a command, opens the staff app.",
        subcommands = {
            ContactsCommand.class,
            VerifyCommand.class,
            OutboxCommand.class,
            AuditCommand.class,
            DeliveryCommand.class,
            SettingsCommand.class,
            WorkstationsCommand.class,
            BackupCommand.class,
            RecoveryKeyCommand.class,
            MigrateCommand.class,
            InsightsCommand.class,
            ReportCommand.class
        },
        footer = ExitCodes.HELP_FOOTER)
public final class PortalDeskCommand implements Callable<Integer> {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: ./config.properties, or $PORTALDESK_CONFIG).")
    private Path configFile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Data folder with the database and key file (default: ~/.portaldesk, or $PORTALDESK_DATA_DIR).")
    private Path dataDir;

    @Option(
            names = "--kiosk",
            description = "Open the lobby kiosk (full screen, client sign-in) instead of the staff app.")
    private boolean kiosk;

    private final Function<AppConfig, CliServices> opener;
    private final Function<Actor, RestoredCheck> restoredCheck;
    private final WindowLauncher windowLauncher;
    private final Map<String, String> environment;

    public PortalDeskCommand(
            Function<AppConfig, CliServices> opener,
            Function<Actor, RestoredCheck> restoredCheck,
            WindowLauncher windowLauncher,
            Map<String, String> environment) {
        this.opener = opener;
        this.restoredCheck = restoredCheck;
        this.windowLauncher = windowLauncher;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // The window loads the configuration itself, so a mistake in it is shown in a dialog, not only on a console.
        windowLauncher.open(this::config, kiosk);
        return ExitCodes.OK;
    }

    AppConfig config() {
        Map<ConfigKey, String> overrides = new EnumMap<>(ConfigKey.class);
        if (dataDir != null) {
            overrides.put(ConfigKey.DATA_DIR, dataDir.toString());
        }
        return AppConfig.load(configFile, environment, overrides);
    }

    CliServices open() {
        return opener.apply(config());
    }

    /** For the commands that work before the database can be opened the usual way (restore, key recovery). */
    RestoredCheck restoredCheck(Actor actor) {
        return restoredCheck.apply(actor);
    }
}
