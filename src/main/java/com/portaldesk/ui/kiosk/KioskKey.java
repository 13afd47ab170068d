package com.portaldesk.ui.kiosk;

import java.util.ResourceBundle;

/**
 * Every key of the kiosk's own catalogue (kiosk.properties, kiosk_es.properties) that the code uses; the FXML uses
 * the rest as %key. KioskKeyTest checks each against both bundles, so a mistyped or untranslated key fails the build,
 * not a client's screen.
 */
public enum KioskKey {
    BUSY_CHECKING("busy.checking"),
    BUSY_WAIT("busy.wait"),
    BUTTON_CANCEL("button.cancel"),
    BUTTON_EMAIL_INSTEAD("button.emailInstead"),
    BUTTON_RESEND("button.resend"),
    BUTTON_RESEND_IN("button.resendIn"),
    BUTTON_TEXT_INSTEAD("button.textInstead"),
    CHECK_IN_ALREADY("checkIn.already"),
    CHECK_IN_DONE("checkIn.done"),
    CODE_ASK_DESK("code.askDesk"),
    CODE_EMAIL_INSTEAD("code.emailInstead"),
    CODE_SENDING("code.sending"),
    ERROR_UNAVAILABLE("error.unavailable"),
    IDLE_MESSAGE("idle.message"),
    KEY_BACKSPACE("key.backspace"),
    KEY_CLEAR("key.clear"),
    KEY_SHIFT("key.shift"),
    KEY_SPACE("key.space"),
    REPORT_NOTE_NOT_ACCEPTED("report.noteNotAccepted"),
    REPORT_NOTHING_CHOSEN("report.nothingChosen"),
    REPORT_SENT("report.sent"),
    SIGNED_IN_EMAIL("signedIn.email"),
    SIGNED_IN_MOBILE("signedIn.mobile"),
    SIGNED_IN_TITLE("signedIn.title"),
    STAFF_CODE("staff.code"),
    STAFF_LEAVE("staff.leave"),
    STAFF_NEED_CODE("staff.needCode"),
    STAFF_NEED_ENROLMENT("staff.needEnrolment"),
    STAFF_NEED_NEW_PASSWORD("staff.needNewPassword"),
    STAFF_PASSWORD("staff.password"),
    STAFF_REFUSED("staff.refused"),
    STAFF_TITLE("staff.title"),
    STAFF_USERNAME("staff.username"),
    STAFF_WRONG_CODE("staff.wrongCode"),
    STARTING("starting");

    private final String key;

    KioskKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** This text in the bundle's language. */
    public String in(ResourceBundle texts) {
        return texts.getString(key);
    }
}
