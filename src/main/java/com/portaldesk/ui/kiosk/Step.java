package com.portaldesk.ui.kiosk;

/** Where the client is at the kiosk; one part of the screen for each. */
public enum Step {
    IDENTIFY,
    CODE,
    SIGNED_IN,
    CHANGE_REQUEST
}
