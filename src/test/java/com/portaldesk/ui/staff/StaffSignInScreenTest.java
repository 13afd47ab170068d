package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.app.desks.SignInDeskAdapter;
import com.portaldesk.config.AppConfig;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.staff.TestAuthenticator;
import com.portaldesk.testutil.CutOff;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.TextSize;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First-run setup, enrolment with the test's own authenticator, then sign-in, refusals and the lockout. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class StaffSignInScreenTest {
    private static final String PASSWORD = "lantern orchard river";

    @TempDir
    Path dataDir;

    /** Staff sign-in runs on this clock, so a new authenticator step is a move of the clock, not a wait. */
    private final MutableClock clock = new MutableClock(Instant.now());

    private AppContext context;
    private Background background;
    private SignInViewModel model;
    private final AtomicReference<StaffSession> signedIn = new AtomicReference<>();

    private Stage stage;
    private SignInView view;

    @Start
    void start(Stage window) throws Exception {
        stage = window;
        context = AppContext.open(
                AppConfig.forDataDir(dataDir),
                Opening.program().at(clock).deliveringOn(new DirectExecutorService(), Duration.ZERO));
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new SignInViewModel(SignInDeskAdapter.of(context.staffAuth(), "desk"), background, true, signedIn::set);
        view = new SignInView(model);
        Scene scene = new Scene(view.getRoot(), 900, 760);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        background.shutdown();
        context.close();
    }

    @Test
    void theSetupAndEnrolmentSteps_showEveryWordWhole_atTheUsualAndTheLargestTextSize(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>(cutOff(robot, "setup"));
        setUpAndEnrol(robot);
        cut.addAll(cutOff(robot, "enrolment"));
        assertThat(cut).isEmpty();
    }

    /** What is cut off on the step shown, in the app's own window for it, at 100% and at the largest text size. */
    private List<String> cutOff(FxRobot robot, String step) {
        List<String> cut = new ArrayList<>();
        for (int percent : List.of(100, TextSize.LARGEST)) {
            robot.interact(() -> stage.setScene(StaffScene.of(view.getRoot(), new TextSize(percent, p -> {}), null)));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> CutOff.in(stage.getScene().getRoot())
                    .forEach(text -> cut.add(step + " at " + percent + "%: " + text)));
        }
        robot.interact(() -> stage.setScene(StaffScene.of(view.getRoot(), new TextSize(100, p -> {}), null)));
        WaitForAsyncUtils.waitForFxEvents();
        return cut;
    }

    private TestAuthenticator setUpAndEnrol(FxRobot robot) throws Exception {
        robot.clickOn("#firmName").write("Lee & Partners CPA");
        robot.clickOn("#displayName").write("Ann Lee");
        robot.clickOn("#setupUser").write("ann.lee");
        robot.clickOn("#setupPassword").write(PASSWORD);
        robot.clickOn("#setupConfirm").write(PASSWORD);
        robot.clickOn("#setupButton");
        FxWait.waitUntil(() -> model.stepProperty().get() == SignInViewModel.Step.ENROL);
        TestAuthenticator app = new TestAuthenticator(model.otpauthUriProperty().get());
        assertThat(robot.lookup("#qr").queryAs(ImageView.class).getImage()).isNotNull();
        robot.clickOn("#enrolCode").write(app.codeAt(clock.instant()));
        robot.clickOn("#enrolButton");
        FxWait.waitUntil(() -> model.stepProperty().get() == SignInViewModel.Step.RECOVERY_CODES);
        @SuppressWarnings("unchecked")
        ListView<String> codes = robot.lookup("#recoveryList").queryAs(ListView.class);
        assertThat(codes.getItems()).hasSize(10);
        robot.clickOn("#copyCodes");
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get();
        assertThat(copied)
                .contains("recovery codes for")
                .contains(codes.getItems().get(0))
                .contains(codes.getItems().get(9));
        robot.clickOn("#recoveryButton");
        FxWait.waitUntil(() -> signedIn.get() != null);
        return app;
    }

    @Test
    void firstRun_setsUpTheFirm_enrolsTheAdmin_andSignsIn(FxRobot robot) throws Exception {
        setUpAndEnrol(robot);
        assertThat(signedIn.get().isAdmin()).isTrue();
        assertThat(context.policies().firm().name()).isEqualTo("Lee & Partners CPA");
    }

    @Test
    void signIn_asksForTheAuthenticatorCode_andAcceptsTheTestsOwn(FxRobot robot) throws Exception {
        TestAuthenticator app = setUpAndEnrol(robot);
        signedIn.set(null);
        FxWait.onFxThread(model::startOver);
        // A new 30-second step, so the enrolment's code cannot be the one that signs in (no replay).
        clock.advance(Duration.ofSeconds(30));
        robot.clickOn("#username").write("ann.lee");
        robot.clickOn("#password").write(PASSWORD);
        double cardTop = cardTop(robot);
        robot.clickOn("#signInButton");
        FxWait.waitUntil(() -> model.stepProperty().get() == SignInViewModel.Step.CODE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardTop(robot))
                .as("the card's top edge, from the password to the code")
                .isEqualTo(cardTop);
        robot.clickOn("#code").write("000000".equals(app.codeAt(clock.instant())) ? "111111" : "000000");
        robot.clickOn("#codeButton");
        FxWait.waitUntil(() ->
                !model.busyProperty().get() && !model.errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardTop(robot))
                .as("the card's top edge, with a refusal under it")
                .isEqualTo(cardTop);
        assertThat(signedIn.get()).isNull();
        robot.clickOn("#code").write(app.codeAt(clock.instant()));
        robot.clickOn("#codeButton");
        FxWait.waitUntil(() -> signedIn.get() != null);
        assertThat(signedIn.get().username()).isEqualTo("ann.lee");
    }

    /** Where the sign-in card's top edge is in the window. */
    private static double cardTop(FxRobot robot) {
        Node card = robot.lookup(".sign-in-card").query();
        double[] top = new double[1];
        robot.interact(() -> top[0] = card.localToScene(card.getLayoutBounds()).getMinY());
        return top[0];
    }

    @Test
    void aNewMember_isAskedForTheirOwnPassword_beforeTheyAreSignedIn(FxRobot robot) throws Exception {
        setUpAndEnrol(robot);
        signedIn.set(null);
        context.staffAccounts()
                .add(
                        new StaffSession(UUID.randomUUID(), "ann.lee", "Ann Lee", Role.ADMIN, true),
                        "bob",
                        "Bob Ray",
                        Role.STAFF,
                        "typed by the admin".toCharArray(),
                        "desk");
        FxWait.onFxThread(model::startOver);
        robot.clickOn("#username").write("bob");
        robot.clickOn("#password").write("typed by the admin");
        robot.clickOn("#signInButton");
        FxWait.waitUntil(() -> model.stepProperty().get() == SignInViewModel.Step.NEW_PASSWORD);
        assertThat(signedIn.get()).isNull();
        assertThat(robot.lookup("#newPassword").query().isFocused()).isTrue();
        robot.clickOn("#newPassword").write("short");
        robot.clickOn("#newConfirm").write("short");
        robot.clickOn("#newPasswordButton");
        FxWait.waitUntil(() ->
                !model.busyProperty().get() && !model.errorProperty().get().isEmpty());
        assertThat(model.errorProperty().get()).contains("12 characters");
        assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.NEW_PASSWORD);
        robot.clickOn("#newPassword").write("quiet meadow lamp");
        robot.clickOn("#newConfirm").write("quiet meadow lamp");
        robot.clickOn("#newPasswordButton");
        FxWait.waitUntil(() -> signedIn.get() != null);
        assertThat(signedIn.get().username()).isEqualTo("bob");
    }

    @Test
    void setUp_withMismatchedPasswords_saysSoBesideTheField(FxRobot robot) throws Exception {
        robot.clickOn("#firmName").write("Firm");
        robot.clickOn("#displayName").write("Ann");
        robot.clickOn("#setupUser").write("ann");
        robot.clickOn("#setupPassword").write(PASSWORD);
        robot.clickOn("#setupConfirm").write(PASSWORD + "x");
        robot.clickOn("#setupButton");
        FxWait.waitUntil(() -> !robot.lookup("#setupConfirmError")
                .queryAs(Label.class)
                .getText()
                .isEmpty());
        assertThat(robot.lookup("#setupConfirmError").queryAs(Label.class).getText())
                .contains("not the same");
        assertThat(robot.lookup("#error").queryAs(Label.class).getText()).contains("fix the field marked in red");
        assertThat(context.staffAuth().setupNeeded()).isTrue();
    }

    @Test
    void setUp_aBadFirmPhoneOrUserName_isMarkedOnThatField_withTheCursorThere(FxRobot robot) throws Exception {
        robot.clickOn("#firmName").write("Firm");
        robot.clickOn("#firmPhone").write("555");
        robot.clickOn("#displayName").write("Ann");
        robot.clickOn("#setupUser").write("ann");
        robot.clickOn("#setupPassword").write(PASSWORD);
        robot.clickOn("#setupConfirm").write(PASSWORD);
        robot.clickOn("#setupButton");
        FxWait.waitUntil(() ->
                !robot.lookup("#firmPhoneError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#firmPhoneError").queryAs(Label.class).getText())
                .contains("is not a phone number that can be called");
        FxWait.waitUntil(() -> robot.lookup("#firmPhone").query().isFocused());
        assertThat(robot.lookup("#firmPhone").query().getStyleClass()).contains("field-wrong");

        robot.interact(() -> robot.lookup("#firmPhone").queryAs(TextField.class).clear());
        robot.interact(() -> robot.lookup("#setupUser").queryAs(TextField.class).setText("a b"));
        robot.clickOn("#setupPassword").write(PASSWORD);
        robot.clickOn("#setupConfirm").write(PASSWORD);
        robot.clickOn("#setupButton");
        FxWait.waitUntil(() ->
                !robot.lookup("#setupUserError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#firmPhoneError").queryAs(Label.class).getText())
                .isEmpty();
        FxWait.waitUntil(() -> robot.lookup("#setupUser").query().isFocused());
        assertThat(context.staffAuth().setupNeeded()).isTrue();
    }

    @Test
    void wrongPassword_andLockout_readTheSame_andSecondStepAsksForTheCode(FxRobot robot) throws Exception {
        setUpAndEnrol(robot);
        FxWait.onFxThread(model::startOver);
        robot.clickOn("#username").write("ann.lee");
        robot.clickOn("#password").write("not the password");
        robot.clickOn("#signInButton");
        FxWait.waitUntil(() -> !model.errorProperty().get().isEmpty());
        String refusal = model.errorProperty().get();
        assertThat(refusal).contains("not right");
        for (int i = 0; i < 4; i++) {
            robot.doubleClickOn("#username").write("ann.lee");
            robot.clickOn("#password").write("not the password");
            robot.clickOn("#signInButton");
            FxWait.waitUntil(() -> !model.busyProperty().get());
        }
        robot.doubleClickOn("#username").write("ann.lee");
        robot.clickOn("#password").write(PASSWORD);
        robot.clickOn("#signInButton");
        FxWait.waitUntil(() -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.PASSWORD);
        assertThat(model.errorProperty().get()).isEqualTo(refusal);
    }
}
