package com.portaldesk.cli;

import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** audit verify: the chain, the sealed head, and every checkpoint kept outside the database. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check the hash chain and its sealed head; names the first event that was changed, removed or "
                    + "inserted.",
            "Also checks the log against every checkpoint this workstation kept in its logs "
                    + "folder and every code in --since-checkpoint: each must still match the event it names."
        },
        footer = "%nExit codes: 0 intact, 1 failure, 2 not a checkpoint (or none made with this firm's key), 3 the "
                + "chain is broken.")
final class AuditVerifyCommand implements Callable<Integer> {
    /** A folder of saved mails or checkpoint files is read up to this much, so a wrong folder cannot stall it. */
    private static final long MAX_CHECKPOINT_TEXT = 64L * 1024 * 1024;

    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"--since-checkpoint", "--checkpoint"},
            paramLabel = "CODE|FILE|FOLDER",
            description = "A checkpoint code (PD1-...), or a file or folder holding them (a copy of a checkpoint log, "
                    + "saved daily mails): every code in it is checked.")
    private String checkpoint;

    @Mixin
    private JsonOption json;

    private int otherDatabases;

    @Override
    public Integer call() {
        List<Checkpoint> given = checkpoint == null ? List.of() : parse(checkpoint);
        try (CliServices services = parent.root.open()) {
            ChainVerification result = services.audit().verifyChain((done, total) -> {}, services.checkpoints(), given);
            otherDatabases = services.checkpoints().aboutOtherDatabases();
            print(result, given);
            if (result.breakage() == ChainVerification.Breakage.FOREIGN_CHECKPOINTS) {
                return ExitCodes.INVALID_INPUT;
            }
            return result.intact() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }

    private void print(ChainVerification result, List<Checkpoint> given) {
        Optional<Checkpoint> newestGiven = result.matched().stream()
                .filter(given::contains)
                .max(Comparator.comparingLong(Checkpoint::seq).thenComparing(Checkpoint::time));
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("intact", result.intact());
            shown.put("eventsChecked", result.eventsChecked());
            shown.put("firstBrokenEvent", result.firstBrokenSeq());
            shown.put("problem", result.problem());
            shown.put("checkpoint", result.checkpoint().isEmpty() ? null : result.checkpoint());
            shown.put("checkpointsMatched", result.checkpointsMatched());
            shown.put(
                    "newestGivenCheckpointReached",
                    newestGiven.map(Checkpoint::code).orElse(null));
            shown.put("notes", result.notes());
            out.println(Json.write(shown));
            return;
        }
        if (result.intact()) {
            out.println("The audit log is intact: " + result.eventsChecked() + " events checked"
                    + (result.checkpoint().isEmpty()
                            ? "."
                            : ", and it agrees with " + result.checkpointsMatched()
                                    + " checkpoint(s), the newest it reaches being " + result.checkpoint() + "."));
            newestGiven.ifPresent(cp -> out.println("Of the checkpoints given, the newest it reaches is " + cp.code()
                    + " (event " + cp.seq() + ", " + cp.time() + ")."));
            if (result.checkpoint().isEmpty()) {
                out.println("No checkpoint was at hand, so removing the newest events together with the head could "
                        + "not be ruled out; keep the codes of 'audit checkpoint'.");
            }
        } else {
            out.println("The audit log is broken at event " + result.firstBrokenSeq() + ": " + result.problem());
        }
        result.notes().forEach(note -> out.println("Note: " + note));
        if (otherDatabases > 0) {
            out.println("Note: " + otherDatabases + " checkpoint(s) in this workstation's log are about another "
                    + "database (one this data folder used before, or reached by another path) and were not used.");
        }
    }

    /** A code typed as is, or every code found in a file or in the files of a folder. */
    static List<Checkpoint> parse(String codeOrPath) {
        String text = codeOrPath;
        Path path = Path.of(codeOrPath.startsWith("PD1-") ? "." : codeOrPath);
        if (!codeOrPath.startsWith("PD1-") && Files.exists(path)) {
            text = read(path);
        }
        List<Checkpoint> found = Checkpoint.findAll(text);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("'" + abbreviated(codeOrPath) + "' is not a checkpoint code "
                    + "(PD1-<event>-<time>-<hash>-<seal>) or a file or folder holding one.");
        }
        return found;
    }

    private static String read(Path path) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path, 2) : Stream.of(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (text.length() + Files.size(file) > MAX_CHECKPOINT_TEXT) {
                    throw new IllegalArgumentException(path + " holds more than 64 MB of text; point at the folder or "
                            + "file that holds the checkpoints.");
                }
                text.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage());
        }
        return text.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
