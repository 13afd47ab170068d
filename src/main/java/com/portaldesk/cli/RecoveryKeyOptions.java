package com.portaldesk.cli;

import com.portaldesk.store.RecoveryKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a command gets the firm's recovery key: a file holding it, or typed at a prompt without echo. */
final class RecoveryKeyOptions {
    @Option(
            names = "--recovery-key-file",
            paramLabel = "FILE",
            description = "A text file holding the recovery key (as printed on the recovery sheet).")
    Path file;

    @Option(
            names = "--recovery-key",
            paramLabel = "KEY",
            arity = "0..1",
            interactive = true,
            description = "The recovery key; given without a value (the safe way), it is asked for without echo. A "
                    + "value typed after it is seen by every account on the computer in the process list while the "
                    + "command runs, and stays in the shell's history.")
    char[] typed;

    /** The data key, or empty when neither option was given. */
    Optional<byte[]> key() {
        if (file != null) {
            try {
                return Optional.of(RecoveryKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the recovery key file " + file + ": " + e.getMessage());
            }
        }
        if (typed != null) {
            return Optional.of(RecoveryKey.parse(new String(typed)));
        }
        return Optional.empty();
    }
}
