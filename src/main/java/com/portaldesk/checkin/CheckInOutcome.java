package com.portaldesk.checkin;

/** What a tap on "Check in for my appointment" did. */
public enum CheckInOutcome {
    /** Checked in now; the front desk sees it. */
    CHECKED_IN,
    /** The client had checked in already today; nothing new is recorded. */
    ALREADY_CHECKED_IN,
    /** The client's session ended (idle, signed out elsewhere); the kiosk starts over. */
    SESSION_ENDED
}
