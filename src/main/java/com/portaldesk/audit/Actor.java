package com.portaldesk.audit;

/**
 * Who did something and where: a staff member signed in to the staff app, or the operating-system account that ran
 * a command (the command line has no staff sign-in; see decision 0012), and the terminal it happened on.
 */
public record Actor(String name, String terminalId) {
    public Actor {
        name = name == null || name.isBlank() ? "unknown" : name.strip();
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
    }

    public static Actor staff(String username, String terminalId) {
        return new Actor(username, terminalId);
    }

    /** The account that runs this process, as "os:name". */
    public static Actor operatingSystemUser(String terminalId) {
        String user = System.getProperty("user.name", "");
        return new Actor("os:" + (user.isBlank() ? "unknown" : user.strip()), terminalId);
    }

    /** Whether this is a command-line account rather than a staff member. */
    public boolean operatingSystemUser() {
        return name.startsWith("os:");
    }
}
