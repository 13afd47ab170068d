package com.portaldesk.cli;

import com.portaldesk.audit.Checkpoint;
import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** audit checkpoint: a code that proves, later, how far the log had come. */
@Command(
        name = "checkpoint",
        mixinStandardHelpOptions = true,
        description = {
            "Print a checkpoint of the audit log: the newest event and its hash, sealed with the key file.",
            "Keep it away from this computer (print it, email it, file it): 'audit verify --since-checkpoint "
                    + "CODE' then proves nothing up to that event was removed or changed."
        },
        footer = ExitCodes.HELP_FOOTER)
final class AuditCheckpointCommand implements Callable<Integer> {
    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the checkpoint into this file.")
    private Path outFile;

    @Override
    public Integer call() {
        try (CliServices services = parent.root.open()) {
            Checkpoint checkpoint = services.audit().checkpoint();
            services.checkpoints().append(checkpoint);
            if (outFile != null) {
                write(checkpoint);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(checkpoint.code());
            out.println("Event " + checkpoint.seq() + ", " + checkpoint.time() + ". Also kept in "
                    + services.checkpoints().file() + ".");
            return ExitCodes.OK;
        }
    }

    private void write(Checkpoint checkpoint) {
        String text = "PortalDesk audit checkpoint\nevent: " + checkpoint.seq() + "\ntime: " + checkpoint.time()
                + "\ncode: " + checkpoint.code() + "\n";
        try {
            OwnerOnlyFile.writeString(outFile, text);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + outFile + ": " + e.getMessage());
        }
    }
}
