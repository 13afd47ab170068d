package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.verify.ClientSession;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The welcome: the client's name, their details on file as far as they may see them (masked), the check-in,
 * and the way to say something is wrong.
 */
final class SignedInViewModel {
    private final ClientDesk desk;
    private final Visit visit;
    private final ChangeRequestViewModel changeRequest;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty maskedMobile = new SimpleStringProperty("");
    private final StringProperty maskedEmail = new SimpleStringProperty("");
    private final BooleanProperty checkedIn = new SimpleBooleanProperty(false);

    SignedInViewModel(ClientDesk desk, Visit visit, ChangeRequestViewModel changeRequest) {
        this.desk = desk;
        this.visit = visit;
        this.changeRequest = changeRequest;
    }

    /** The session has started: the client's record is read, then welcomed; if it cannot be, the screen clears. */
    void enter(ClientSession session) {
        visit.quietly(
                () -> desk.details(session),
                contact -> {
                    show(contact);
                    visit.say(null);
                    visit.go(Step.SIGNED_IN);
                },
                visit::wipe);
    }

    private void show(ContactRecord contact) {
        name.set(contact.firstName().isEmpty() ? contact.lastName() : contact.firstName());
        maskedMobile.set(MaskedDetails.mobile(contact));
        maskedEmail.set(MaskedDetails.email(contact));
    }

    /** One tap: the signed-in client is checked in for their appointment and the front desk sees it. */
    void checkIn() {
        visit.activity();
        visit.session()
                .ifPresent(session -> visit.run(
                        KioskKey.BUSY_WAIT.key(), () -> desk.checkIn(session, ZoneId.systemDefault()), outcome -> {
                            switch (outcome) {
                                case CHECKED_IN -> {
                                    checkedIn.set(true);
                                    visit.say(KioskKey.CHECK_IN_DONE.key());
                                }
                                case ALREADY_CHECKED_IN -> {
                                    checkedIn.set(true);
                                    visit.say(KioskKey.CHECK_IN_ALREADY.key());
                                }
                                case SESSION_ENDED -> visit.wipe();
                            }
                        }));
    }

    void openChangeRequest() {
        changeRequest.open();
    }

    void signOut() {
        visit.signOut();
    }

    void clear() {
        name.set("");
        maskedMobile.set("");
        maskedEmail.set("");
        checkedIn.set(false);
    }

    /** The name the welcome greets: the first name, or the last where there is no first. */
    StringProperty name() {
        return name;
    }

    /** Empty when none is on file. */
    StringProperty maskedMobile() {
        return maskedMobile;
    }

    /** Empty when none is on file. */
    StringProperty maskedEmail() {
        return maskedEmail;
    }

    BooleanProperty checkedIn() {
        return checkedIn;
    }
}
