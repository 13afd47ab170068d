package com.portaldesk.testutil;

import com.portaldesk.audit.Actor;

/** The staff member tests act as, on a test workstation; audit events name them. */
public final class TestActor {
    public static final Actor STAFF = Actor.staff("test.staff", "test-desk");

    /** The test staff member at another terminal. */
    public static Actor at(String terminalId) {
        return Actor.staff("test.staff", terminalId);
    }

    private TestActor() {}
}
