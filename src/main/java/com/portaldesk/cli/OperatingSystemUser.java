package com.portaldesk.cli;

/**
 * Who runs a command, for the audit log: the command line has no staff sign-in (see decision 0010), so its
 * actions are recorded under the operating-system account that ran them.
 */
final class OperatingSystemUser {
    private OperatingSystemUser() {
    }

    static String name() {
        String user = System.getProperty("user.name", "");
        return "os:" + (user.isBlank() ? "unknown" : user.strip());
    }
}
