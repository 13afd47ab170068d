package com.portaldesk.cli;

import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** audit verify: the chain, the sealed head, and a checkpoint kept outside the database. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the hash chain and its sealed head; names the first event that was changed, removed or "
                + "inserted.", "Also checks the log still reaches a checkpoint: the one given, else the newest this "
                + "workstation kept in its logs folder."},
        footer = "%nExit codes: 0 intact, 1 failure, 2 not a checkpoint, 3 the chain is broken.")
final class AuditVerifyCommand implements Callable<Integer> {
    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"--since-checkpoint", "--checkpoint"}, paramLabel = "CODE|FILE",
            description = "A checkpoint code (PD1-...) or a file holding one, as printed by 'audit checkpoint'.")
    private String checkpoint;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        Optional<Checkpoint> given = checkpoint == null ? Optional.empty() : Optional.of(parse(checkpoint));
        try (CliServices services = parent.root.open()) {
            Optional<Checkpoint> expected = given.or(() -> services.checkpoints().newest(services.audit()));
            ChainVerification result = expected
                    .map(cp -> services.audit().verifyChain((done, total) -> { }, cp))
                    .orElseGet(() -> services.audit().verifyChain());
            print(result);
            return result.intact() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }

    private void print(ChainVerification result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("intact", result.intact());
            shown.put("eventsChecked", result.eventsChecked());
            shown.put("firstBrokenEvent", result.firstBrokenSeq());
            shown.put("problem", result.problem());
            shown.put("checkpoint", result.checkpoint().isEmpty() ? null : result.checkpoint());
            out.println(Json.write(shown));
            return;
        }
        if (result.intact()) {
            out.println("The audit log is intact: " + result.eventsChecked() + " events checked"
                    + (result.checkpoint().isEmpty() ? "." : ", and it still reaches checkpoint " + result.checkpoint()
                    + "."));
            if (result.checkpoint().isEmpty()) {
                out.println("No checkpoint was at hand, so removing the newest events together with the head could "
                        + "not be ruled out; keep the codes of 'audit checkpoint'.");
            }
        } else {
            out.println("The audit log is broken at event " + result.firstBrokenSeq() + ": " + result.problem());
        }
    }

    /** A code typed as is, or the first code found in a file. */
    static Checkpoint parse(String codeOrFile) {
        String text = codeOrFile;
        Path path = Path.of(codeOrFile);
        if (!codeOrFile.startsWith("PD1-") && Files.isRegularFile(path)) {
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage());
            }
        }
        return Checkpoint.find(text).orElseThrow(() -> new IllegalArgumentException("'" + abbreviated(codeOrFile)
                + "' is not a checkpoint code (PD1-<event>-<time>-<hash>-<seal>) or a file holding one."));
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
