package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The first step: the client's email address and last four, and the channel they want their code by. */
final class IdentifyViewModel {
    private final ClientCodes codes;
    private final Visit visit;
    private final CodeViewModel next;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty lastFour = new SimpleStringProperty("");
    private final ReadOnlyBooleanProperty smsEnabled;
    private final ReadOnlyBooleanProperty emailEnabled;

    IdentifyViewModel(
            ClientCodes codes,
            Visit visit,
            CodeViewModel next,
            ReadOnlyBooleanProperty smsEnabled,
            ReadOnlyBooleanProperty emailEnabled) {
        this.codes = codes;
        this.visit = visit;
        this.next = next;
        this.smsEnabled = smsEnabled;
        this.emailEnabled = emailEnabled;
        for (StringProperty typed : new StringProperty[] {email, lastFour}) {
            typed.addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    visit.warn(null);
                }
            });
        }
    }

    void requestCode(Channel wanted) {
        visit.activity();
        String typedEmail = email.get();
        String typedLastFour = lastFour.get();
        // The codes speak the language the client chose on this screen, whatever the contact's preference on file.
        Language language = visit.language();
        visit.run(
                KioskKey.CODE_SENDING.key(),
                () -> codes.start(typedEmail, typedLastFour, wanted, language),
                result -> next.started(wanted, result));
    }

    /** Nothing typed yet: a kiosk waiting for its next client has nothing to time out. */
    boolean isBlank() {
        return email.get().isEmpty() && lastFour.get().isEmpty();
    }

    void clear() {
        email.set("");
        lastFour.set("");
    }

    StringProperty email() {
        return email;
    }

    StringProperty lastFour() {
        return lastFour;
    }

    ReadOnlyBooleanProperty smsEnabled() {
        return smsEnabled;
    }

    ReadOnlyBooleanProperty emailEnabled() {
        return emailEnabled;
    }
}
