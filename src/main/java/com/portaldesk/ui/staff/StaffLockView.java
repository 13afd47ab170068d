package com.portaldesk.ui.staff;

import com.portaldesk.staff.PasswordThenCode;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.time.Duration;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The staff app's lock: after the policy's idle time the window is covered until the same person signs in again
 * with the password and, where enrolled, the second factor (the usual checks, failures counted towards the account
 * lock; the lock and the unlock each an audit event of their own).
 * Anyone else can only sign that person out.
 */
public final class StaffLockView extends UiPart<StackPane> {
    @FXML
    private Label lockMessage;

    @FXML
    private PasswordField lockPassword;

    @FXML
    private VBox lockCodeBox;

    @FXML
    private TextField lockCode;

    @FXML
    private Label lockError;

    @FXML
    private Button unlockStaffApp;

    private final LockDesk auth;
    private final Background background;
    private final StaffSession session;
    private final Runnable signOut;
    private final Runnable onUnlocked;
    private final PasswordThenCode unlocking;

    /**
     * @param auth       the sign-in from this workstation: the same password and second factor unlock it
     * @param onUnlocked told when the right person signed in again, so the idle clock starts again from the unlock
     */
    public StaffLockView(
            LockDesk auth, Background background, StaffSession session, Runnable signOut, Runnable onUnlocked) {
        this.auth = auth;
        SteadyCard.keepsItsPlace(getRoot(), (Region) getRoot().getChildren().get(0));
        this.background = background;
        this.session = session;
        this.signOut = signOut;
        this.onUnlocked = onUnlocked;
        this.unlocking = new PasswordThenCode(new PasswordThenCode.Steps() {
            @Override
            public SignInResult password(char[] password) {
                return auth.unlock(session.username(), password);
            }

            @Override
            public SignInResult code(String pending, String code) {
                return auth.secondFactor(pending, code);
            }
        });
        EnterSubmits.on(getRoot(), unlockStaffApp);
    }

    public boolean isLocked() {
        return getRoot().isVisible();
    }

    static final String REFUSED = "That password is not right, or the account was locked or disabled meanwhile. "
            + "After 5 failures in 15 minutes the account is locked for 15 minutes.";

    /** Covers the window; what was typed in the lock before is gone. */
    public void lock(Duration after) {
        unlocking.reset();
        lockPassword.clear();
        lockCode.clear();
        lockError.setText("");
        showCode(false);
        lockMessage.setText("Locked after " + inWords(after) + " without use. " + session.displayName() + " ("
                + session.username() + "), sign in again to go on.");
        getRoot().setVisible(true);
        lockPassword.requestFocus();
        background.run(
                () -> {
                    auth.lockedWhileAway(session, after);
                    return null;
                },
                StaffLockView::written,
                failure -> lockError.setText("This lock could not be written to the audit log (" + failure.getMessage()
                        + "); it holds all the same."));
    }

    /** The lock is in the audit log: nothing to show, the cover already says it is locked. */
    private static void written(Object nothing) {}

    private static String inWords(Duration after) {
        long minutes = after.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** A hidden code field is also an empty one: a code typed for a step that ended is never sent with the next. */
    private void showCode(boolean shown) {
        if (!shown) {
            lockCode.clear();
        }
        lockCodeBox.setVisible(shown);
        lockCodeBox.setManaged(shown);
    }

    @FXML
    private void onUnlock() {
        char[] password = lockPassword.getText().toCharArray();
        String code = lockCodeBox.isVisible() ? lockCode.getText() : "";
        unlockStaffApp.setDisable(true);
        lockError.setText("Checking…");
        background.run(
                () -> {
                    try {
                        return unlocking.attempt(password, code);
                    } finally {
                        Arrays.fill(password, '\0'); // only once used: the work runs on another thread, later
                    }
                },
                this::answered,
                failure -> {
                    unlockStaffApp.setDisable(false);
                    unlocking.reset();
                    showCode(false);
                    lockError.setText(failure.getMessage());
                });
    }

    private void answered(SignInResult result) {
        unlockStaffApp.setDisable(false);
        switch (result.status()) {
            case SIGNED_IN -> {
                getRoot().setVisible(false);
                lockPassword.clear();
                lockCode.clear();
                lockError.setText("");
                onUnlocked.run();
            }
            case NEED_SECOND_FACTOR -> {
                // Said when the code was asked for already (a wrong code, or none typed); not when the field first
                // shows.
                lockError.setText(lockCodeBox.isVisible() ? result.message() : "");
                lockCode.clear();
                showCode(true);
                lockCode.requestFocus();
            }
            case NEED_NEW_PASSWORD, NEED_ENROLMENT -> {
                showCode(false);
                lockError.setText("Your account changed while you were away. Sign out, then sign in again.");
            }
            case REFUSED -> {
                showCode(false);
                lockPassword.clear();
                // The sign-in screen's refusal names the user name too (it must not say which was wrong); here the
                // account is known and only the password was typed.
                lockError.setText(SignInResult.REFUSED_MESSAGE.equals(result.message()) ? REFUSED : result.message());
            }
        }
    }

    @FXML
    private void onSignOut() {
        signOut.run();
    }
}
