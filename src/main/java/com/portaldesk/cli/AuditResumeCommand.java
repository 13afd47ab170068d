package com.portaldesk.cli;

import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * audit resume --reason TEXT: an admin's answer to the audit alarm. The log stays as found (removed events stay
 * missing); an event records what the check found and why the log goes on, and the head is sealed after it.
 */
@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = {
            "After the audit alarm (the log's head lost its seal, or checkpoints prove newer events were "
                    + "removed): record what 'audit verify' found and the reason given, then let PortalDesk write to the "
                    + "log again.",
            "Nothing is repaired or hidden: removed events stay missing, and the checkpoints that prove it are "
                    + "reported by every later 'audit verify' as superseded by this resumption. A log changed "
                    + "inside (not at its end) cannot be resumed: restore the newest backup that verifies."
        },
        footer = "%nExit codes: 0 resumed, 1 failure, 2 nothing to resume or no reason given, 3 the log is broken "
                + "inside.")
final class AuditResumeCommand implements Callable<Integer> {
    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--reason",
            required = true,
            paramLabel = "TEXT",
            description = "What was found and who was told, kept in the log with the resumption.")
    private String reason;

    @Option(
            names = {"--since-checkpoint", "--checkpoint"},
            paramLabel = "CODE|FILE|FOLDER",
            description = "Checkpoints kept elsewhere to check the log against as well, as for 'audit verify'.")
    private String checkpoint;

    @Override
    public Integer call() {
        if (reason.strip().length() > 500) {
            throw new IllegalArgumentException("--reason is at most 500 characters.");
        }
        List<Checkpoint> given = checkpoint == null ? List.of() : AuditVerifyCommand.parse(checkpoint);
        try (CliServices services = parent.root.open()) {
            List<Checkpoint> all = new ArrayList<>(services.checkpoints().all());
            all.addAll(given);
            ChainVerification found = services.audit().resume(services.actor(), reason, all);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Found: " + found.problem());
            out.println("The log goes on from here; the resumption, with your reason, is its newest event. Keep a "
                    + "new checkpoint away from this computer: 'portaldesk audit checkpoint'.");
            return ExitCodes.OK;
        }
    }
}
