package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.staff.TestAuthenticator;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.ui.common.Background;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The staff app's idle lock: covered until the same person gives the password and the authenticator code. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class StaffLockScreenTest {
    private static final String PASSWORD = "lantern orchard river";

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private AppContext context;
    private Background background;
    private TestAuthenticator app;
    private MainWindow window;
    private final AtomicBoolean signedOut = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        context = AppContext.open(
                AppConfig.forDataDir(dataDir),
                Opening.program().at(clock).deliveringOn(new DirectExecutorService(), Duration.ZERO));
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SignInResult setup = context.staffAuth()
                .setUp(new FirmDetails("Lee & Partners CPA", ""), "ann", "Ann Lee", PASSWORD.toCharArray(), "desk");
        app = new TestAuthenticator(context.staffAuth()
                .beginEnrolment(setup.pending().orElseThrow(), "ann")
                .otpauthUri());
        StaffSession session = context.staffAuth()
                .confirmEnrolment(setup.pending().orElseThrow(), app.codeAt(clock.instant()), "desk")
                .orElseThrow()
                .session();
        window = new MainWindow(stage, context.staffDesks(), background, session, () -> signedOut.set(true))
                .checkingIdleEvery(
                        javafx.util.Duration.millis(500)); // the clock is the test's: only the checks' rhythm is real
        window.show();
    }

    @AfterEach
    void close() {
        FxWait.hideEveryWindow();
        background.shutdown();
        context.close();
    }

    @Test
    void locked_needsThePasswordAndTheCode_andAWrongPasswordKeepsItLocked(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> robot.lookup("#search").tryQuery().isPresent());
        robot.clickOn("#search");
        robot.interact(window::lockNow);
        assertThat(robot.lookup("#lockPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lockMessage").queryAs(Label.class).getText())
                .startsWith("Locked after 10 minutes without use. Ann Lee (ann)");

        robot.clickOn("#lockPassword").write("not my password");
        robot.clickOn("#unlockStaffApp");
        FxWait.waitUntil(() -> robot.lookup("#lockError")
                .queryAs(Label.class)
                .getText()
                .startsWith("That password " + "is not right")); // no "user name": the lock asks for none
        assertThat(robot.lookup("#lockPane").query().isVisible()).isTrue();

        clock.advance(Duration.ofSeconds(30)); // a fresh authenticator step: the enrolment's code is spent
        robot.clickOn("#lockPassword").write(PASSWORD);
        robot.clickOn("#unlockStaffApp");
        FxWait.waitUntil(() -> robot.lookup("#lockCodeBox").query().isVisible()); // the box is shown, not the field
        WaitForAsyncUtils.waitForFxEvents(); // laid out before it is clicked
        assertThat(robot.lookup("#lockPane").query().isVisible())
                .as("the password alone does not unlock")
                .isTrue();
        robot.clickOn("#lockCode").write(app.codeAt(clock.instant()));
        robot.clickOn("#unlockStaffApp");
        try {
            FxWait.waitUntil(() -> !robot.lookup("#lockPane").query().isVisible());
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "still locked: "
                            + robot.lookup("#lockError").queryAs(Label.class).getText()
                            + context.audit().list(new AuditQuery(null, null, null, null, null, 20)).stream()
                                    .map(a -> a.type() + "/" + a.reason() + "/" + a.detail())
                                    .toList(),
                    e);
        }
        assertThat(signedOut.get()).isFalse();
        FxWait.waitUntil(() -> robot.lookup("#search").query().isFocused()); // back where the person was typing
    }

    @Test
    void theIdleLock_opensForTheRightPerson_andStaysOpenPastTheNextIdleChecks(FxRobot robot) throws Exception {
        context.policies()
                .save(
                        new PolicyBuilder(context.policies().current())
                                .staffIdleLock(Duration.ofMinutes(1))
                                .build(),
                        TestActor.STAFF);
        clock.advance(Duration.ofSeconds(61));
        FxWait.waitUntil(() -> robot.lookup("#lockPane").query().isVisible()); // the real idle check locked it
        assertThat(robot.lookup("#lockMessage").queryAs(Label.class).getText()).startsWith("Locked after 1 minute");

        unlock(robot);
        assertThat(staffEvents())
                .as("the lock and the unlock in the log, not a second sign-in")
                .containsExactly(
                        "STAFF_SIGNED_IN ann with new second factor",
                        "STAFF_APP_LOCKED ann away for 1 min",
                        "STAFF_APP_UNLOCKED ann with authenticator code");
        clock.advance(Duration.ofSeconds(40)); // less than the idle time since the unlock
        int checks = window.idleChecks();
        FxWait.waitUntil(() -> window.idleChecks() >= checks + 2);
        assertThat(robot.lookup("#lockPane").query().isVisible())
                .as("open after the next idle checks")
                .isFalse();

        robot.clickOn("#tabs"); // working: the idle clock starts again from here
        clock.advance(Duration.ofSeconds(40));
        int later = window.idleChecks();
        FxWait.waitUntil(() -> window.idleChecks() >= later + 2);
        assertThat(robot.lookup("#lockPane").query().isVisible()).isFalse();

        // Reading with the mouse alone (moving it over a contact, no click) is use too: it had locked regardless.
        robot.moveBy(40, 30);
        WaitForAsyncUtils.waitForFxEvents();
        clock.advance(Duration.ofSeconds(40)); // 80 s since the click, 40 s since the mouse moved
        int moved = window.idleChecks();
        FxWait.waitUntil(() -> window.idleChecks() >= moved + 2);
        assertThat(robot.lookup("#lockPane").query().isVisible())
                .as("open: the mouse moved 40 s ago")
                .isFalse();

        clock.advance(Duration.ofSeconds(21)); // a whole minute without use since the mouse moved
        FxWait.waitUntil(() -> robot.lookup("#lockPane").query().isVisible());
        assertThat(signedOut.get()).isFalse();
    }

    @Test
    void typingInADialog_countsAsUse_andTheLockHidesTheDialogUntilTheRightPersonIsBack(FxRobot robot) throws Exception {
        context.policies()
                .save(
                        new PolicyBuilder(context.policies().current())
                                .staffIdleLock(Duration.ofMinutes(1))
                                .build(),
                        TestActor.STAFF);
        robot.interact(window.contactActions()::addContact);
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isPresent());
        robot.clickOn("#firstName").write("Dora");
        for (int i = 0; i < 3; i++) { // three times 40 seconds, each with typing in the dialog
            robot.write("a");
            WaitForAsyncUtils.waitForFxEvents();
            clock.advance(Duration.ofSeconds(40));
            int checks = window.idleChecks();
            FxWait.waitUntil(() -> window.idleChecks() >= checks + 1);
        }
        assertThat(robot.lookup("#lockPane").query().isVisible())
                .as("the person was typing")
                .isFalse();

        TextField firstName = robot.lookup("#firstName").queryAs(TextField.class);
        Window dialog = firstName.getScene().getWindow();
        String typed = firstName.getText();
        assertThat(typed).startsWith("Doraaa");
        clock.advance(Duration.ofSeconds(61)); // now away from the desk with the contact open
        FxWait.waitUntil(() -> robot.lookup("#lockPane").query().isVisible());
        assertThat(dialog.isShowing())
                .as("the open contact is not left readable over the lock")
                .isFalse();

        unlock(robot);
        FxWait.waitUntil(dialog::isShowing);
        assertThat(firstName.getText()).as("what was typed is still there").isEqualTo(typed);
    }

    /** The staff sign-in events of the audit log, oldest first, as "TYPE detail". */
    private List<String> staffEvents() throws Exception {
        Set<AuditEventType> staff = EnumSet.of(
                AuditEventType.STAFF_SIGNED_IN, AuditEventType.STAFF_APP_LOCKED, AuditEventType.STAFF_APP_UNLOCKED);
        FxWait.waitUntil(() -> context.audit().list(new AuditQuery(null, null, null, null, null, 50)).stream()
                .anyMatch(e -> e.type() == AuditEventType.STAFF_APP_UNLOCKED));
        return context.audit().list(new AuditQuery(null, null, null, null, null, 50)).stream()
                .filter(e -> staff.contains(e.type()))
                .map(e -> e.type() + " " + e.detail())
                .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                    Collections.reverse(list);
                    return list;
                }));
    }

    private void unlock(FxRobot robot) throws Exception {
        clock.advance(Duration.ofSeconds(30)); // a fresh authenticator step
        robot.clickOn("#lockPassword").write(PASSWORD);
        robot.clickOn("#unlockStaffApp");
        FxWait.waitUntil(() -> robot.lookup("#lockCodeBox").query().isVisible()); // the box is shown, not the field
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lockCode").write(app.codeAt(clock.instant()));
        robot.type(KeyCode.ENTER); // Enter in the code field unlocks, as the button does
        FxWait.waitUntil(() -> !robot.lookup("#lockPane").query().isVisible());
    }

    @Test
    void aCodeTypedForAStepThatRanOut_isNeverSentWithTheNextPassword(FxRobot robot) throws Exception {
        robot.interact(window::lockNow);
        clock.advance(Duration.ofSeconds(30));
        robot.clickOn("#lockPassword").write(PASSWORD);
        robot.clickOn("#unlockStaffApp");
        FxWait.waitUntil(() -> robot.lookup("#lockCodeBox").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lockCode").write("000000");
        clock.advance(Duration.ofMinutes(6)); // the step between password and code runs out
        robot.clickOn("#unlockStaffApp");
        FxWait.waitUntil(
                () -> robot.lookup("#lockError").queryAs(Label.class).getText().contains("took too long"));
        assertThat(robot.lookup("#lockCodeBox").query().isVisible()).isFalse();

        robot.clickOn("#unlockStaffApp"); // the password is still in its field; the old code must not go with it
        FxWait.waitUntil(() -> robot.lookup("#lockCodeBox").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockError").queryAs(Label.class).getText())
                .as("asked for the code, not told a code was wrong")
                .isEmpty();
        assertThat(context.audit().list(new AuditQuery(null, null, null, null, null, 50)).stream()
                        .filter(e -> e.type() == AuditEventType.STAFF_SIGN_IN_FAILED)
                        .toList())
                .as("no failure counted towards the account lock")
                .isEmpty();

        robot.clickOn("#unlockStaffApp"); // and with the code asked for but none typed: asked again, in words
        FxWait.waitUntil(
                () -> robot.lookup("#lockError").queryAs(Label.class).getText().startsWith("Enter the 6-digit code"));
    }

    @Test
    void signOut_fromTheLock_endsTheSession(FxRobot robot) {
        robot.interact(window::lockNow);
        robot.clickOn("#lockSignOut");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(signedOut.get()).isTrue();
    }
}
