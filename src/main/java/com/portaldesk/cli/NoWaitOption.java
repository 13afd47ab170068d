package com.portaldesk.cli;

import picocli.CommandLine.Option;

/** --no-wait: exit once the code is queued, leaving its sending to the next PortalDesk process that sends codes. */
final class NoWaitOption {
    @Option(
            names = "--no-wait",
            description = "Exit once the code is queued; a running staff app or kiosk (or the "
                    + "next 'verify' command) sends it.")
    boolean enabled;
}
