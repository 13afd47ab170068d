package com.portaldesk.ui.staff;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.staff.StaffException;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Work;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Staff sign-in as steps: first-run setup or password, then the second factor or its enrolment, then the
 * recovery codes once. Password hashing takes a moment, so every step runs off the FX thread.
 */
public final class SignInViewModel {
    /** The step on screen. */
    public enum Step {
        SETUP,
        PASSWORD,
        CODE,
        NEW_PASSWORD,
        ENROL,
        RECOVERY_CODES
    }

    private final SignInDesk auth;
    private final Work background;
    private final Consumer<StaffSession> onSignedIn;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty otpauthUri = new SimpleStringProperty("");
    private final StringProperty secretText = new SimpleStringProperty("");
    private final ObservableList<String> recoveryCodes = FXCollections.observableArrayList();
    private String pending;
    private String username = "";
    private StaffSession enrolledSession;

    public SignInViewModel(SignInDesk auth, Work background, boolean setupNeeded, Consumer<StaffSession> onSignedIn) {
        this.auth = auth;
        this.background = background;
        this.onSignedIn = onSignedIn;
        step.set(setupNeeded ? Step.SETUP : Step.PASSWORD);
    }

    /** The first-run form's fields, for an error beside the one it is about. */
    public enum SetupField {
        FIRM_NAME,
        FIRM_PHONE,
        DISPLAY_NAME,
        USERNAME,
        PASSWORD,
        CONFIRM
    }

    public void setUp(
            String firmName, String firmPhone, String user, String displayName, char[] password, char[] confirm) {
        setupErrors.values().forEach(e -> e.set(""));
        if (!Arrays.equals(password, confirm)) {
            setupError(SetupField.CONFIRM, "The two passwords are not the same.");
            return;
        }
        username = user.strip().toLowerCase(Locale.ROOT);
        run(() -> auth.setUp(new FirmDetails(firmName, firmPhone), user, displayName, password), this::next);
    }

    private final Map<SetupField, StringProperty> setupErrors = new EnumMap<>(SetupField.class);

    {
        for (SetupField field : SetupField.values()) {
            setupErrors.put(field, new SimpleStringProperty(""));
        }
    }

    private void setupError(SetupField field, String message) {
        setupErrors.get(field).set(message);
        error.set("Not set up yet: fix the field marked in red.");
        firstSetupError.set(null); // told again even when it is the same field as last time
        firstSetupError.set(field);
    }

    private final ObjectProperty<SetupField> firstSetupError = new SimpleObjectProperty<>();

    /** The error beside one field of the first-run form ("" when none). */
    public StringProperty setupErrorProperty(SetupField field) {
        return setupErrors.get(field);
    }

    /** The field the last refusal was about, to put the cursor in. */
    public ObjectProperty<SetupField> firstSetupErrorProperty() {
        return firstSetupError;
    }

    /** A refusal of the first-run form goes beside the fields it names, every one of them; true when it did. */
    private boolean besideItsField(Throwable failure) {
        if (step.get() != Step.SETUP) {
            return false;
        }
        Map<SetupField, String> problems = new LinkedHashMap<>();
        if (failure instanceof FirmDetails.Invalid invalid) {
            problems.put(
                    invalid.part() == FirmDetails.Part.NAME ? SetupField.FIRM_NAME : SetupField.FIRM_PHONE,
                    failure.getMessage());
        } else if (failure instanceof StaffException refusal) {
            refusal.problems()
                    .forEach((field, why) -> problems.put(
                            switch (field) {
                                case USERNAME -> SetupField.USERNAME;
                                case DISPLAY_NAME -> SetupField.DISPLAY_NAME;
                                case PASSWORD -> SetupField.PASSWORD;
                            },
                            why));
        }
        // Last to first, so that the first field in the form is the one the cursor is put in.
        List<SetupField> fields = new ArrayList<>(problems.keySet());
        Collections.reverse(fields);
        fields.forEach(field -> setupError(field, problems.get(field)));
        return !problems.isEmpty();
    }

    public void signIn(String user, char[] password) {
        username = user.strip().toLowerCase(Locale.ROOT);
        run(() -> auth.signIn(user, password), this::next);
    }

    public void submitCode(String code) {
        run(() -> auth.secondFactor(pending, code), this::next);
    }

    /** The staff member's own password in place of the one an admin typed; then the sign-in goes on. */
    public void choosePassword(char[] password, char[] confirm) {
        run(() -> auth.choosePassword(pending, password, confirm), this::next);
    }

    public void confirmEnrolment(String code) {
        run(() -> auth.confirmEnrolment(pending, code), enrolled -> {
            if (enrolled.isEmpty()) {
                error.set("That code is not right. Check the time on the phone and enter the newest code.");
                return;
            }
            enrolledSession = enrolled.get().session();
            recoveryCodes.setAll(enrolled.get().recoveryCodes());
            message.set("Save these recovery codes somewhere safe (printed, or in a password manager). Each works "
                    + "once if the phone is lost. They will not be shown again.");
            step.set(Step.RECOVERY_CODES);
        });
    }

    public void recoveryCodesSaved() {
        recoveryCodes.clear();
        onSignedIn.accept(enrolledSession);
    }

    public void startOver() {
        pending = null;
        error.set("");
        message.set("");
        step.set(Step.PASSWORD);
    }

    private void next(SignInResult result) {
        switch (result.status()) {
            case SIGNED_IN -> onSignedIn.accept(result.session().orElseThrow());
            case REFUSED -> {
                error.set(result.message());
                step.set(step.get() == Step.SETUP ? Step.SETUP : Step.PASSWORD);
            }
            case NEED_SECOND_FACTOR -> {
                pending = result.pending().orElseThrow();
                error.set(step.get() == Step.CODE ? result.message() : "");
                message.set("Enter the 6-digit code from your authenticator app, or one of your recovery codes.");
                step.set(Step.CODE);
            }
            case NEED_NEW_PASSWORD -> {
                pending = result.pending().orElseThrow();
                error.set("");
                message.set(result.message());
                step.set(Step.NEW_PASSWORD);
            }
            case NEED_ENROLMENT -> {
                pending = result.pending().orElseThrow();
                StaffAuth.Enrolment enrolment = auth.beginEnrolment(pending, username);
                otpauthUri.set(enrolment.otpauthUri());
                secretText.set(enrolment.secretText());
                message.set("Scan this code with an authenticator app (Microsoft Authenticator, Google Authenticator, "
                        + "1Password, ...), then enter the 6-digit code it shows.");
                step.set(Step.ENROL);
            }
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        error.set("");
        busy.set(true);
        background.then(
                work,
                result -> {
                    busy.set(false);
                    then.accept(result);
                },
                failure -> {
                    busy.set(false);
                    if (besideItsField(failure)) {
                        return;
                    }
                    error.set(failure.getMessage());
                    if (failure.getMessage() != null && failure.getMessage().contains("took too long")) {
                        startOver();
                        error.set(failure.getMessage());
                    }
                });
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty otpauthUriProperty() {
        return otpauthUri;
    }

    public StringProperty secretTextProperty() {
        return secretText;
    }

    /** The user name being signed in or enrolled (as typed, in lower case). */
    public String username() {
        return username;
    }

    public ObservableList<String> recoveryCodes() {
        return recoveryCodes;
    }
}
