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

    /** How a command-line account's name is recorded: "os:ann" is the command line run by the account ann. */
    private static final String OPERATING_SYSTEM = "os:";

    /** The account that runs this process, as "os:name". */
    public static Actor operatingSystemUser(String terminalId) {
        String user = System.getProperty("user.name", "");
        return new Actor(OPERATING_SYSTEM + (user.isBlank() ? "unknown" : user.strip()), terminalId);
    }

    /** Whether this is a command-line account rather than a staff member. */
    public boolean operatingSystemUser() {
        return isOperatingSystemUser(name);
    }

    /** Whether an actor as recorded (in the audit log, on a backup) is a command-line account. */
    public static boolean isOperatingSystemUser(String recorded) {
        return recorded != null && recorded.startsWith(OPERATING_SYSTEM);
    }

    /** A recorded command-line actor's account name ("ann" for "os:ann"); anything else as it is. */
    public static String accountOf(String recorded) {
        return isOperatingSystemUser(recorded) ? recorded.substring(OPERATING_SYSTEM.length()) : recorded;
    }
}
