package com.portaldesk.cli;

import com.portaldesk.config.Terminals;
import picocli.CommandLine.Option;

/** --terminal: which kiosk or workstation the audit log should name (default terminal.id, or this computer). */
final class TerminalOption {
    @Option(
            names = "--terminal",
            paramLabel = "ID",
            description = "Terminal id (default: terminal.id, or this computer).")
    String given;

    String resolve(CliServices services) {
        String terminal = given != null ? given : services.config().terminalId();
        if (!Terminals.isValid(terminal)) {
            throw new IllegalArgumentException("--terminal is 1 to 64 letters, digits, dots, dashes or underscores.");
        }
        return terminal;
    }
}
