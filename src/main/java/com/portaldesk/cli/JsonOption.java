package com.portaldesk.cli;

import picocli.CommandLine.Option;

/** The --json switch every command that prints results shares. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean enabled;
}
