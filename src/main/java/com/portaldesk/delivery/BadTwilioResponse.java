package com.portaldesk.delivery;

import com.twilio.exception.ApiException;

/** An answer that is not Twilio's JSON, with the HTTP status and media type it came with. */
final class BadTwilioResponse extends ApiException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    BadTwilioResponse(int httpStatus, String contentType) {
        super("Not a Twilio answer: HTTP " + httpStatus + ", " + contentType);
        this.httpStatus = httpStatus;
    }

    int httpStatus() {
        return httpStatus;
    }
}
