package com.portaldesk.checkin;

/** What a client says is wrong with the details on file. */
public enum ChangeTopic {
    NAME,
    MOBILE,
    EMAIL,
    OTHER
}
