package com.portaldesk.cli;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.AppConfig;
import com.portaldesk.store.KeyRecovery;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** recovery-key restore: rebuilds the key file, checked against the database first. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild a lost or damaged key file (portaldesk.key) in the data folder from the recovery key.",
            "The key is checked against the database before anything is written; a damaged file is moved aside, "
                    + "never deleted."
        },
        footer = ExitCodes.HELP_FOOTER)
final class RecoveryKeyRestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RecoveryKeyCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RecoveryKeyOptions recoveryKey;

    @Override
    public Integer call() {
        AppConfig config = parent.root.config();
        byte[] key = recoveryKey
                .key()
                .orElseThrow(
                        () -> new IllegalArgumentException(
                                "Give the recovery key with --recovery-key-file FILE or --recovery-key (asked for without echo)."));
        KeyRecovery.Outcome outcome = KeyRecovery.restore(config, key, Clock.systemUTC());
        if (outcome.written()) {
            try (CliServices services = parent.root.open()) {
                services.audit()
                        .record(AuditRecord.by(
                                        services.actor(), AuditEventType.KEY_FILE_REBUILT, AuditReason.STAFF_ACTION)
                                .withDetail(outcome.message()));
            }
        }
        spec.commandLine().getOut().println(outcome.message());
        return ExitCodes.OK;
    }
}
