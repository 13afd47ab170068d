package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.Language;
import com.portaldesk.delivery.CodeMessage;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.Contrast;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.StaffMembers;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.AddressLine;
import com.portaldesk.ui.common.Background;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kiosk on a real database with the outbox: every step, every failure the client can meet, and the wipe. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class KioskScreenTest {
    private static final String STAFF_PASSWORD = "lobby keys are not toys";

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private final AtomicReference<StaffSession> leftBy = new AtomicReference<>();
    private AppContext context;
    private Background background;
    private KioskFlow flow;
    private final AtomicLong tapNanos = new AtomicLong();
    private volatile boolean tapsAfterReading = true;

    @Start
    void start(Stage stage) throws Exception {
        context = TestDatabase.open(dataDir, clock);
        context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        StaffMembers.withOwnPassword(context, "frontdesk", "Front Desk", Role.STAFF, STAFF_PASSWORD);
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        KioskBackend backend = context.kioskBackend();
        flow = new KioskFlow(backend.codes(), backend.desk(), backend.setup(), background, clock);
        KioskDisplay display = new KioskDisplay(flow, backend, background, "Lee & Partners CPA", leftBy::set);
        // The robot taps as soon as a screen is there; a person reads it first: each tap comes as if after a while.
        display.tapClock(() -> tapsAfterReading ? tapNanos.addAndGet(DoubleTapGuard.SETTLE_NANOS) : tapNanos.get());
        Scene scene = new Scene(display.getRoot(), 1280, 800);
        scene.getStylesheets().add(KioskWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        background.shutdown();
        context.close();
    }

    /** Every text anywhere in the scene: labels, buttons, fields, list items, accessible texts. */
    private static List<String> allText(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (Node node : robot.lookup(".kiosk").queryAs(Parent.class).lookupAll("*")) {
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                texts.add(labeled.getText());
            }
            if (node instanceof TextInputControl input) {
                texts.add(input.getText());
            }
            if (node instanceof ListView<?> list) {
                list.getItems().forEach(item -> texts.add(String.valueOf(item)));
            }
            if (node.getAccessibleText() != null) {
                texts.add(node.getAccessibleText());
            }
        }
        return texts;
    }

    private static void assertNothingOfAlice(FxRobot robot) {
        assertThat(allText(robot))
                .noneMatch(text -> text.contains("alice")
                        || text.contains("Alice")
                        || text.contains("6879")
                        || text.contains("0101")
                        || text.contains("a•••")
                        || text.contains("917"));
    }

    private void identify(FxRobot robot, String email, String lastFour) throws Exception {
        robot.clickOn("#email").write(email);
        robot.clickOn("#lastFour").write(lastFour);
        robot.clickOn("#textMe");
        FxWait.waitUntil(() -> flow.step().get() == Step.CODE);
    }

    private void signIn(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        robot.clickOn("#code").write(ClientSignIn.newestCode(context));
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
    }

    private void submitCode(FxRobot robot, String code) throws Exception {
        robot.interact(() -> flow.warn(null));
        robot.clickOn("#code").write(code);
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> !shown("#error").isEmpty());
    }

    /** A label's text as the client reads it now (looked up afresh: a language switch builds the screen again). */
    private static String shown(String id) {
        Labeled label = new FxRobot().lookup(id).queryLabeled();
        return label.getText() == null ? "" : label.getText();
    }

    /** The step's message: under the title on the code step, under Check in on the welcome. */
    private String message() {
        return shown(flow.step().get() == Step.CODE ? "#message" : "#checkInMessage");
    }

    /** The details on file as the welcome lists them: only the lines shown. */
    private static List<String> detailLines() {
        return new FxRobot()
                .lookup("#details").queryAs(Parent.class).getChildrenUnmodifiable().stream()
                        .filter(Node::isVisible)
                        .map(line ->
                                line instanceof AddressLine address ? address.address() : ((Labeled) line).getText())
                        .toList();
    }

    /** An address longer than the card is wide wraps inside it: it had widened the card and moved its buttons. */
    @Test
    void aLongEmailOnFile_wrapsInsideTheCard_whichKeepsItsPlace(FxRobot robot) throws Exception {
        Point2D home = cardCorner(robot);
        double width = robot.lookup(".kiosk-card").query().getLayoutBounds().getWidth();
        String email = "jonathan.oyelaran-whitfield@northshore-dental-associates.example.com";
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Jonathan", "Whitfield")
                                .withEmail(email)
                                .withMobile("")
                                .withSsn("4417")
                                .withChannel("email")
                                .build(),
                        TestActor.STAFF);
        identify(robot, email, "4417");
        robot.clickOn("#code").write(ClientSignIn.newestCode(context));
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailLines()).containsExactly("Email: j•••@northshore-dental-associates.example.com");
        assertThat(cardCorner(robot))
                .as("the card's corner as on the first step")
                .isEqualTo(home);
        assertThat(robot.lookup(".kiosk-card").query().getLayoutBounds().getWidth())
                .as("its width")
                .isEqualTo(width);
    }

    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryAs(Button.class);
        robot.interact(button::fire);
    }

    @Test
    void fullPath_signsIn_checksIn_andSignOutLeavesNothingBehind(FxRobot robot) throws Exception {
        signIn(robot);
        assertThat(shown("#welcome")).isEqualTo("Welcome, Alice");
        assertThat(detailLines()).containsExactly("Mobile: •••-•••-0101", "Email: a•••@example.com");
        robot.clickOn("#checkInButton");
        FxWait.waitUntil(() -> flow.signedInStep().checkedIn().get());
        assertThat(context.checkIns().since(clock.instant().minusSeconds(60)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.contactName()).isEqualTo("Alice Pauline");
                    assertThat(c.terminalId()).isEqualTo(context.config().kioskTerminalId());
                });

        robot.clickOn("#signOut");
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
        assertNothingOfAlice(robot);
        assertThat(flow.hasSession()).isFalse();
    }

    @Test
    void undo_cannotBringBackThePreviousClientsTyping(FxRobot robot) throws Exception {
        signIn(robot);
        robot.clickOn("#signOut");
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
        robot.clickOn("#email").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#lastFour").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.interact(() -> {
            robot.lookup("#email").queryAs(TextInputControl.class).undo();
            robot.lookup("#lastFour").queryAs(TextInputControl.class).undo();
        });
        assertThat(flow.identify().email().get()).isEmpty();
        assertThat(flow.identify().lastFour().get()).isEmpty();
        assertNothingOfAlice(robot);
    }

    @Test
    void theClipboard_cannotCarryTypingFromOneClientToTheNext(FxRobot robot) {
        robot.clickOn("#email").write("alice@example.com");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.X).release(KeyCode.CONTROL);
        assertThat(flow.identify().email().get()).as("cut does nothing").isEqualTo("alice@example.com");
        robot.interact(flow::wipe);
        robot.clickOn("#email").press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.press(KeyCode.SHIFT).type(KeyCode.INSERT).release(KeyCode.SHIFT);
        assertThat(flow.identify().email().get()).isEmpty();
    }

    @Test
    void onScreenKeys_typeIntoTheFieldBeingFilled_lettersForEmailAndAKeypadForDigits(FxRobot robot) throws Exception {
        robot.clickOn("#email");
        for (String key : new String[] {"a", "l", "i", "c", "e", "at", "e", "x", "a", "m", "p", "l", "e", "dotcom"}) {
            robot.clickOn("#key-" + key);
        }
        robot.clickOn("#key-backspace").clickOn("#key-m");
        assertThat(flow.identify().email().get()).isEqualTo("alice@example.com");
        assertThat(robot.lookup("#key-5").queryAs(Button.class).getStyleClass()).contains("kiosk-key");
        assertThat(robot.lookup("#key-space").query().isVisible())
                .as("no space in an email address")
                .isFalse();
        Bounds cardWithLetters = robot.lookup(".kiosk-card")
                .query()
                .localToScene(robot.lookup(".kiosk-card").query().getBoundsInLocal());

        robot.clickOn("#lastFour");
        Bounds cardWithKeypad = robot.lookup(".kiosk-card")
                .query()
                .localToScene(robot.lookup(".kiosk-card").query().getBoundsInLocal());
        assertThat(cardWithKeypad.getMinX())
                .as("the card stays put when the keys change")
                .isEqualTo(cardWithLetters.getMinX());
        assertThat(robot.lookup("#key-5").queryAs(Button.class).getStyleClass()).contains("kiosk-digit");
        for (String digit : new String[] {"6", "8", "7", "9", "1"}) {
            robot.clickOn("#key-" + digit);
        }
        assertThat(flow.identify().lastFour().get()).as("four digits at most").isEqualTo("6879");
        assertThat(robot.lookup("#lastFour").query().isFocused())
                .as("keys never take the focus")
                .isTrue();
        robot.clickOn("#textMe");
        FxWait.waitUntil(() -> flow.step().get() == Step.CODE);
        for (char digit : ClientSignIn.newestCode(context).toCharArray()) {
            robot.clickOn("#key-" + digit);
        }
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        assertThat(robot.lookup("#onScreenKeys").query().isVisible())
                .as("no keys when nothing is typed")
                .isFalse();
    }

    @Test
    void theCodeField_takesDigitsOnly_fromAPhysicalKeyboardToo(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        robot.clickOn("#code").write("12ab3-4");
        assertThat(flow.code().code().get()).isEqualTo("1234");
    }

    @Test
    void unknownEmail_looksExactlyLikeARealOne(FxRobot robot) throws Exception {
        identify(robot, "nobody@example.com", "6879");
        List<String> decoyScreen = allText(robot).stream()
                .map(t -> t.replace("nobody@", "someone@"))
                .toList();
        robot.interact(flow::wipe);
        identify(robot, "alice@example.com", "6879");
        assertThat(allText(robot).stream()
                        .map(t -> t.replace("alice@", "someone@"))
                        .toList())
                .isEqualTo(decoyScreen);
    }

    @Test
    void wrongCode_saysHowManyTriesAreLeft_andTooManyEndsTheCode(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        String right = ClientSignIn.newestCode(context);
        String wrong = right.equals("000000") ? "111111" : "000000";
        submitCode(robot, wrong);
        assertThat(shown("#error")).isEqualTo("That code did not work. You can try 4 more times.");
        robot.interact(flow::activity);
        assertThat(shown("#error"))
                .as("a key release or touch leaves the message to be read")
                .startsWith("That code did not work");
        robot.clickOn("#code").write("1");
        assertThat(shown("#error")).as("typing again clears it").isEmpty();
        robot.interact(() -> flow.code().code().set(""));
        for (int i = 0; i < 4; i++) {
            submitCode(robot, wrong);
        }
        submitCode(robot, right);
        assertThat(shown("#error")).isEqualTo("Too many tries with this code. Please start again.");
        assertThat(flow.step().get()).isEqualTo(Step.CODE);
    }

    @Test
    void anExpiredCode_saysSo(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        clock.advance(Duration.ofMinutes(10));
        submitCode(robot, ClientSignIn.newestCode(context));
        assertThat(shown("#error")).isEqualTo("That code has expired. Ask for a new code.");
    }

    @Test
    void theCountdownText_isReadable_atLeast4point5to1(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        assertReadableWhileDisabled(robot, "#resendButton");
    }

    @Test
    void switchingLanguageWhileTyping_keepsWhatWasTyped_andTypingGoesOnWhereItWas(FxRobot robot) throws Exception {
        robot.clickOn("#email").write("alice@example.com");
        robot.clickOn("#lastFour").write("68");
        Bounds english = headerButtons(robot);
        robot.clickOn("#languageButton");
        FxWait.waitUntil(() -> shown("#welcomeTitle").equals("Le damos la bienvenida"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headerButtons(robot))
                .as("the header's buttons where they were ('Personal' is longer than 'Staff', "
                        + "'English' than 'Español'): a second tap lands on the same button")
                .isEqualTo(english);
        robot.write("79");
        assertThat(flow.identify().lastFour().get()).isEqualTo("6879");
        assertThat(flow.identify().email().get()).isEqualTo("alice@example.com");
        assertThat(robot.lookup("#onScreenKeys").query().isVisible())
                .as("the keypad is still there")
                .isTrue();
        assertThat(robot.lookup("#key-5").queryAs(Button.class).getStyleClass()).contains("kiosk-digit");
    }

    /** From the language button's left edge to the staff button's right edge, in the window. */
    private static Bounds headerButtons(FxRobot robot) {
        Node language = robot.lookup("#languageButton").query();
        Node staff = robot.lookup("#staffButton").query();
        Bounds from = language.localToScene(language.getLayoutBounds());
        Bounds to = staff.localToScene(staff.getLayoutBounds());
        return new BoundingBox(
                from.getMinX(), from.getMinY(), to.getMaxX() - from.getMinX(), to.getMaxY() - from.getMinY());
    }

    @Test
    void afterAWipe_theNextPersonStartsInEnglish_atTheEmailAddress(FxRobot robot) throws Exception {
        robot.clickOn("#email").write("alice@example.com");
        robot.clickOn("#lastFour").write("68");
        robot.clickOn("#languageButton");
        FxWait.waitUntil(() -> shown("#welcomeTitle").equals("Le damos la bienvenida"));
        robot.interact(flow::wipe);
        FxWait.waitUntil(() -> shown("#welcomeTitle").equals("Welcome"));
        FxWait.waitUntil(() -> robot.lookup("#email").query().isFocused());
        assertThat(flow.identify().lastFour().get()).isEmpty();
    }

    @Test
    void theCheckInButton_onceCheckedIn_isStillReadable_atLeast4point5to1(FxRobot robot) throws Exception {
        signIn(robot);
        press(robot, "#checkInButton");
        FxWait.waitUntil(() -> flow.signedInStep().checkedIn().get());
        assertReadableWhileDisabled(robot, "#checkInButton");
    }

    private static void assertReadableWhileDisabled(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryAs(Button.class);
        assertThat(button.isDisabled()).isTrue();
        WaitForAsyncUtils.waitForFxEvents(); // the :disabled style applied
        Color text = (Color) ((Text) button.lookup(".text")).getFill();
        Color back = opaqueFill(button)
                .orElseGet(() ->
                        opaqueFill((Region) robot.lookup(".kiosk-card").query()).orElseThrow());
        assertThat(button.getOpacity()).isEqualTo(1.0);
        assertThat(Contrast.ratio(text, back))
                .as("%s text %s on %s", id, text, back)
                .isGreaterThanOrEqualTo(4.5);
    }

    private static Optional<Color> opaqueFill(Region region) {
        if (region.getBackground() == null) {
            return Optional.empty();
        }
        List<BackgroundFill> fills = region.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).getFill() instanceof Color color && color.getOpacity() > 0.99) {
                return Optional.of(color);
            }
        }
        return Optional.empty();
    }

    @Test
    void resend_waitsForTheCountdown_thenSendsANewCode(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        Button resend = robot.lookup("#resendButton").queryAs(Button.class);
        assertThat(resend.isDisabled()).isTrue();
        assertThat(resend.getText()).isEqualTo("Send a new code in 60 s");
        clock.advance(Duration.ofSeconds(45));
        robot.interact(flow::tick);
        assertThat(resend.getText()).isEqualTo("Send a new code in 15 s");
        clock.advance(Duration.ofSeconds(15));
        robot.interact(flow::tick);
        assertThat(resend.isDisabled()).isFalse();
        String first = ClientSignIn.newestCode(context);
        int before = context.outbox().list(100).size();

        robot.clickOn("#resendButton");
        FxWait.waitUntil(() -> context.outbox().list(100).size() == before + 1);
        assertThat(resend.isDisabled()).isTrue();
        submitCode(robot, first);
        assertThat(shown("#error")).as("the old code is dead").startsWith("That code did not work");
    }

    @Test
    void afterAWipe_theNextPersonSeesShortlyThatTheLastSessionEnded(FxRobot robot) throws Exception {
        signIn(robot);
        robot.clickOn("#signOut");
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
        Label note = robot.lookup("#endedNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("The last session ended");
        assertNothingOfAlice(robot);
        Node field = robot.lookup("#lastFour").query();
        double before = where(field);
        clock.advance(Duration.ofSeconds(7));
        robot.interact(flow::tick);
        assertThat(note.isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(where(field)).as("the fields stay where the finger is going").isEqualTo(before);
    }

    private static double where(Node node) {
        return FxWait.onFxThread(() -> node.localToScene(0, 0).getY());
    }

    @Test
    void checkingInTwiceInADay_saysYouAreAlreadyCheckedIn(FxRobot robot) throws Exception {
        signIn(robot);
        press(robot, "#checkInButton");
        FxWait.waitUntil(() -> message().startsWith("You are checked in"));
        robot.clickOn("#signOut");
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
        clock.advance(Duration.ofMinutes(2));
        signIn(robot);
        press(robot, "#checkInButton");
        FxWait.waitUntil(() -> message().startsWith("You are already checked in"));
        assertThat(context.checkIns().today(ZoneId.systemDefault())).hasSize(1);
    }

    @Test
    void afterAnEmail_theOtherChoiceIsAText_andItSendsOneByText(FxRobot robot) throws Exception {
        robot.clickOn("#email").write("alice@example.com");
        robot.clickOn("#lastFour").write("6879");
        robot.clickOn("#emailMe");
        FxWait.waitUntil(() -> flow.step().get() == Step.CODE);
        Button other = robot.lookup("#otherChannel").queryAs(Button.class);
        assertThat(other.getText()).isEqualTo("Send by text instead");
        assertThat(context.outbox().list(1).get(0).channel()).isEqualTo(Channel.EMAIL);
        clock.advance(Duration.ofSeconds(60));
        robot.interact(flow::tick);
        int before = context.outbox().list(100).size();

        robot.interact(other::fire);
        FxWait.waitUntil(() -> context.outbox().list(100).size() == before + 1);
        assertThat(context.outbox().list(1).get(0).channel()).isEqualTo(Channel.SMS);
        FxWait.waitUntil(() -> "Send by email instead".equals(other.getText()));
    }

    @Test
    void afterAText_whereOnlyTextsAreAllowed_thereIsNoOtherChoice(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        assertThat(robot.lookup("#otherChannel").queryAs(Button.class).isVisible())
                .isTrue();
        robot.interact(() -> flow.apply(new PolicyBuilder(context.policies().current())
                .methods(true, false)
                .build()));
        assertThat(robot.lookup("#otherChannel").queryAs(Button.class).isVisible())
                .isFalse();
    }

    @Test
    void theLanguage_canBeSwitchedOnTheCodeStep_andOnTheWelcome_andWhatIsShownIsSaidAgain(FxRobot robot)
            throws Exception {
        identify(robot, "alice@example.com", "6879");
        assertThat(message()).startsWith("If the details match our records");
        robot.clickOn("#languageButton");
        FxWait.waitUntil(() -> message().startsWith("Si los datos coinciden"));
        assertThat(robot.lookup("#otherChannel").queryAs(Button.class).getText())
                .isEqualTo("Enviarlo por correo");

        robot.clickOn("#code").write(ClientSignIn.newestCode(context));
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        assertThat(shown("#welcome")).isEqualTo("Hola, Alice");
        robot.clickOn("#languageButton");
        FxWait.waitUntil(() -> shown("#welcome").equals("Welcome, Alice"));
        assertThat(detailLines()).anyMatch(line -> line.startsWith("Mobile"));
    }

    @Test
    void aFailedText_saysACodeWentByEmail_andThatCodeSignsIn(FxRobot robot) throws Exception {
        CodeSender email = context.senders().email();
        context.senders().replace(new RefusingSms(), email);
        identify(robot, "alice@example.com", "6879");
        robot.interact(flow::checkDelivery);
        FxWait.waitUntil(() -> message().contains("by email instead"));
        assertThat(context.outbox().list(1).get(0).channel()).isEqualTo(Channel.EMAIL);

        robot.clickOn("#code").write(ClientSignIn.newestCode(context));
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
    }

    @Test
    void aFailedText_withNoEmailToFallBackTo_sendsTheClientToTheFrontDesk(FxRobot robot) throws Exception {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Sam", "Ortiz")
                                .withEmail("sam@example.com")
                                .withMobile("(212) 555-0177")
                                .withSsn("512-44-2938")
                                .build(),
                        TestActor.STAFF);
        context.senders().replace(new RefusingSms(), new RefusingSms());
        identify(robot, "sam@example.com", "2938");
        robot.interact(flow::checkDelivery);
        FxWait.waitUntil(() -> !message().startsWith("If the details"));
        assertThat(message()).isEqualTo("We could not send you a code. Please ask the front desk for help.");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void idle_onEveryScreen_warnsThenWipesEverything(Step where, FxRobot robot) throws Exception {
        robot.clickOn("#email").write("alice@example.com");
        if (where != Step.IDENTIFY) {
            robot.clickOn("#lastFour").write("6879");
            robot.clickOn("#textMe");
            FxWait.waitUntil(() -> flow.step().get() == Step.CODE);
        }
        if (where == Step.SIGNED_IN || where == Step.CHANGE_REQUEST) {
            robot.clickOn("#code").write(ClientSignIn.newestCode(context));
            robot.clickOn("#continueButton");
            FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        }
        if (where == Step.CHANGE_REQUEST) {
            robot.clickOn("#reportButton")
                    .clickOn("#topicMobile")
                    .clickOn("#note")
                    .write("new number 917 555 0143");
        }
        assertThat(flow.step().get()).isEqualTo(where);

        clock.advance(Duration.ofMinutes(2));
        robot.interact(flow::tick);
        assertThat(robot.lookup("#idlePane").query().isVisible()).isTrue();
        assertThat(shown("#idleMessage")).isEqualTo("For your privacy, this screen will clear in 10 seconds.");
        clock.advance(Duration.ofSeconds(10));
        robot.interact(flow::tick);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(robot.lookup("#idlePane").query().isVisible()).isFalse();
        assertNothingOfAlice(robot);
        assertThat(flow.hasSession()).isFalse();
        assertThat(context.changeRequests().open()).isEmpty();
    }

    @Test
    void aTouchDuringTheWarning_keepsTheClientsScreen(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        clock.advance(Duration.ofMinutes(2));
        robot.interact(flow::tick);
        robot.clickOn("#stillHere");
        clock.advance(Duration.ofSeconds(10));
        robot.interact(flow::tick);
        assertThat(flow.step().get()).isEqualTo(Step.CODE);
        assertThat(robot.lookup("#idlePane").query().isVisible()).isFalse();
    }

    @Test
    void somethingIsWrong_sendsARequestToStaff_andEditsNothing(FxRobot robot) throws Exception {
        signIn(robot);
        var before = context.contacts()
                .search(new ContactQuery("alice", ContactQuery.Scope.ALL, 5))
                .rows();
        robot.clickOn("#reportButton");
        press(robot, "#reportSend");
        FxWait.waitUntil(() -> !shown("#error").isEmpty());
        assertThat(shown("#error")).isEqualTo("Choose at least one thing that is wrong.");

        robot.clickOn("#topicMobile").clickOn("#note").write("My new number is 917 555 0143");
        assertThat(robot.lookup("#key-space").query().isVisible())
                .as("a note has spaces")
                .isTrue();
        robot.clickOn("#reportSend");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        assertThat(message()).isEqualTo("Thank you. The front desk will check your details.");
        assertThat(context.changeRequests().open()).singleElement().satisfies(r -> {
            assertThat(r.topics()).containsExactly(ChangeTopic.MOBILE);
            assertThat(r.note()).isEqualTo("My new number is 917 555 0143");
        });
        assertThat(context.contacts()
                        .search(new ContactQuery("alice", ContactQuery.Scope.ALL, 5))
                        .rows())
                .isEqualTo(before);
    }

    @Test
    void theNotesKeys_typeSpanishAccentsAndEnye_andTheEmailKeysHaveNone(FxRobot robot) throws Exception {
        robot.clickOn("#email");
        assertThat(robot.lookup("#key-n-tilde").query().getParent().isVisible())
                .as("no accents in an email address")
                .isFalse();
        signIn(robot);
        robot.clickOn("#reportButton").clickOn("#note");
        assertThat(robot.lookup("#key-n-tilde").query().getParent().isVisible()).isTrue();
        for (String key : new String[] {
            "#key-a", "#key-n-tilde", "#key-o", "#key-space", "#key-shift", "#key-e-acute", "#key-question-opening"
        }) {
            ButtonBase button = robot.lookup(key).queryAs(ButtonBase.class);
            robot.interact(button::fire);
        }
        assertThat(robot.lookup("#note").queryAs(TextInputControl.class).getText())
                .isEqualTo("año É¿");
    }

    @Test
    void aDoubleTapOnSend_doesNotSignTheClientOutWithItsSecondTap(FxRobot robot) throws Exception {
        signIn(robot);
        robot.clickOn("#reportButton").clickOn("#topicMobile");
        robot.clickOn("#reportSend"); // the first tap of the two
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        tapOn(robot, "#signOut", 2); // the second tap lands where "Send to the front desk" was
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.step().get())
                .as("the second tap of a double tap is not a new action")
                .isEqualTo(Step.SIGNED_IN);
        assertThat(flow.hasSession()).isTrue();

        tapOn(robot, "#signOut", 1); // a tap of its own on this screen still works
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
    }

    @Test
    void aSlowDoubleTapOnTextMe_doesNotStartOverWithItsSecondTap(FxRobot robot) throws Exception {
        robot.clickOn("#email").write("alice@example.com");
        robot.clickOn("#lastFour").write("6879");
        tapsAfterReading = false; // from here the taps come as fast as a double tap
        robot.clickOn("#textMe");
        FxWait.waitUntil(() -> flow.step().get() == Step.CODE);
        tapOn(robot, "#startOver", 1); // 0.7 s after the first: two single taps to the system, "Start over" now there
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.step().get())
                .as("the second tap lands on a screen not yet read")
                .isEqualTo(Step.CODE);

        tapNanos.addAndGet(DoubleTapGuard.SETTLE_NANOS); // the client has read the code step
        tapOn(robot, "#startOver", 1);
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
    }

    @Test
    void theCard_standsInOnePlace_onEveryStep_withEveryMessage_andWhenANoteTakesTheKeys(FxRobot robot)
            throws Exception {
        Point2D home = cardCorner(robot);
        robot.clickOn("#lastFour");
        identify(robot, "alice@example.com", "6879");
        assertThat(cardCorner(robot)).as("code step").isEqualTo(home);
        robot.clickOn("#code").write("000000");
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> !shown("#error").isEmpty());
        FxWait.waitUntil(() -> robot.lookup("#code").query().isFocused()); // typing goes on in the code field
        assertThat(cardCorner(robot)).as("code step with an error").isEqualTo(home);
        robot.clickOn("#code").eraseText(6).write(ClientSignIn.newestCode(context));
        robot.clickOn("#continueButton");
        FxWait.waitUntil(() -> flow.step().get() == Step.SIGNED_IN);
        assertThat(cardCorner(robot)).as("welcome").isEqualTo(home);
        Point2D signOut = corner(robot, "#signOut");
        robot.clickOn("#checkInButton");
        FxWait.waitUntil(() -> !message().isEmpty());
        assertThat(cardCorner(robot)).as("welcome with the check-in message").isEqualTo(home);
        assertThat(corner(robot, "#signOut"))
                .as("sign out, below the two-line message")
                .isEqualTo(signOut);
        // Checked in, the next step is to leave: Enter then signs out, not "Something is wrong here" (next in line).
        FxWait.waitUntil(() -> robot.lookup("#signOut").query().isFocused());
        robot.clickOn("#reportButton");
        assertThat(cardCorner(robot)).as("something is wrong").isEqualTo(home);
        robot.clickOn("#note");
        assertThat(robot.lookup("#onScreenKeys").query().isVisible()).isTrue();
        assertThat(cardCorner(robot)).as("the note with its keys").isEqualTo(home);
    }

    private static Point2D cardCorner(FxRobot robot) {
        return corner(robot, ".kiosk-card");
    }

    private static Point2D corner(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup(query).query();
        return FxWait.onFxThread(() -> node.localToScene(0, 0));
    }

    @Test
    void spanish_theKeypadStaysAGrid_andTheTwoSendButtonsAreAlike(FxRobot robot) throws Exception {
        robot.clickOn("#languageButton");
        robot.clickOn("#lastFour");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#key-clear").queryLabeled().getText()).isEqualTo("Borrar todo");
        List<Double> widths = robot.lookup(".kiosk-digit").queryAll().stream()
                .map(key -> key.getLayoutBounds().getWidth())
                .distinct()
                .toList();
        assertThat(widths).as("every key of the keypad as wide as the others").hasSize(1);
        Node textMe = robot.lookup("#textMe").query();
        Node emailMe = robot.lookup("#emailMe").query();
        assertThat(emailMe.getLayoutBounds().getWidth())
                .isEqualTo(textMe.getLayoutBounds().getWidth());
        assertThat(emailMe.getLayoutBounds().getHeight())
                .isEqualTo(textMe.getLayoutBounds().getHeight());
        assertNoTextIsCutOff(robot, Step.IDENTIFY);
    }

    /** A tap at a control's centre, as the n-th click of a series (the way JavaFX counts a double tap). */
    private static void tapOn(FxRobot robot, String id, int clickCount) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Bounds bounds = node.getLayoutBounds();
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            Point2D screen = node.localToScreen(x, y);
            for (EventType<MouseEvent> type :
                    List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(
                        node,
                        new MouseEvent(
                                type,
                                x,
                                y,
                                screen.getX(),
                                screen.getY(),
                                MouseButton.PRIMARY,
                                clickCount,
                                false,
                                false,
                                false,
                                false,
                                type == MouseEvent.MOUSE_PRESSED,
                                false,
                                false,
                                false,
                                false,
                                true,
                                new PickResult(node, x, y)));
            }
        });
    }

    @Test
    void leaving_needsAStaffSignIn_andIsAudited(FxRobot robot) throws Exception {
        robot.clickOn("#staffButton");
        robot.clickOn("#staffUser").write("frontdesk");
        robot.clickOn("#staffPassword").write("not the password");
        robot.clickOn("#staffLeave");
        FxWait.waitUntil(() ->
                robot.lookup("#staffError").queryAs(Labeled.class).getText().startsWith("The user name"));
        assertThat(leftBy.get()).isNull();
        assertThat(robot.lookup("#staffPassword")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEmpty();

        robot.clickOn("#staffPassword").write(STAFF_PASSWORD);
        robot.clickOn("#staffLeave");
        FxWait.waitUntil(() -> leftBy.get() != null);
        assertThat(leftBy.get().username()).isEqualTo("frontdesk");
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.KIOSK_LEFT, null, null, 5)))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("by frontdesk"));
        assertThat(robot.lookup("#staffPane").query().isVisible()).isFalse();
    }

    @Test
    void theStaffSignIn_canBeTypedWithTheOnScreenKeysAlone_capitalsAndSpacesToo(FxRobot robot) throws Exception {
        robot.clickOn("#staffButton");
        Node keys = robot.lookup("#staffOnScreenKeys").query();
        robot.clickOn("#staffUser");
        assertThat(keys.isVisible()).isTrue();
        for (char c : "frontdesk".toCharArray()) {
            robot.clickOn(robot.from(keys).lookup("#key-" + c).queryButton());
        }
        robot.clickOn("#staffPassword");
        robot.clickOn(robot.from(keys).lookup("#key-shift").<Node>query());
        robot.clickOn(robot.from(keys).lookup("#key-l").queryButton()); // a capital, then lower case again
        robot.clickOn(robot.from(keys).lookup("#key-o").queryButton());
        robot.clickOn(robot.from(keys).lookup("#key-space").queryButton());
        assertThat(robot.lookup("#staffUser").queryAs(TextInputControl.class).getText())
                .isEqualTo("frontdesk");
        assertThat(robot.lookup("#staffPassword")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo("Lo ");
        robot.clickOn(robot.from(keys).lookup("#key-backspace").queryButton());
        robot.clickOn(robot.from(keys).lookup("#key-backspace").queryButton());
        robot.clickOn(robot.from(keys).lookup("#key-backspace").queryButton());
        for (char c : STAFF_PASSWORD.toCharArray()) {
            robot.clickOn(robot.from(keys)
                    .lookup(c == ' ' ? "#key-space" : "#key-" + c)
                    .queryButton());
        }
        robot.clickOn("#staffLeave");
        FxWait.waitUntil(() -> leftBy.get() != null);
        assertThat(leftBy.get().username()).isEqualTo("frontdesk");
    }

    @Test
    void theFirmsLogo_isShownInTheHeader_fromTheNextClientOnAfterAnAdminChoseIt(FxRobot robot) throws Exception {
        ImageView logo = robot.lookup("#firmLogo").queryAs(ImageView.class);
        assertThat(logo.isVisible()).as("no logo chosen: the name alone").isFalse();
        BufferedImage picture = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        context.policies().saveLogo(png.toByteArray(), Actor.staff("ann", "desk-1"));
        robot.interact(flow::wipe);
        FxWait.waitUntil(logo::isVisible);
        assertThat(logo.getImage().getHeight()).isEqualTo(96);
        assertThat(robot.lookup("#firmName").queryLabeled().getText()).isEqualTo("Lee & Partners CPA");
    }

    @Test
    void typingAChangeRequest_countsAsActivity_soAPauseBetweenWordsWipesNothing(FxRobot robot) throws Exception {
        signIn(robot);
        robot.clickOn("#reportButton");
        robot.clickOn("#note").write("My new");
        for (int i = 0; i < 3; i++) { // three pauses just short of the idle time, with typing between them
            clock.advance(Duration.ofMinutes(2).minusSeconds(5));
            robot.interact(flow::tick);
            assertThat(robot.lookup("#idlePane").query().isVisible()).isFalse();
            robot.write(" x"); // the note keeps the focus; clicking it again would count as a double click
        }
        assertThat(flow.step().get()).isEqualTo(Step.CHANGE_REQUEST);
        assertThat(robot.lookup("#note").queryAs(TextInputControl.class).getText())
                .isEqualTo("My new x x x");
        clock.advance(Duration.ofMinutes(2));
        robot.interact(flow::tick);
        assertThat(robot.lookup("#idlePane").query().isVisible())
                .as("left alone, it warns")
                .isTrue();
    }

    @Test
    void aHalfTypedStaffSignIn_isWipedWhenLeftAlone(FxRobot robot) throws Exception {
        robot.clickOn("#staffButton");
        robot.clickOn("#staffUser").write("frontdesk");
        robot.clickOn("#staffPassword").write("half a pass");
        clock.advance(Duration.ofMinutes(2).plusSeconds(10));
        robot.interact(flow::tick);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#staffPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#staffPassword")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyControlHasAnAccessibleName_andTextIsAtLeast20px(Step where, FxRobot robot) throws Exception {
        reach(where, robot);
        assertNoTextIsCutOff(robot, where);
        for (Node node : robot.lookup(".kiosk").queryAs(Parent.class).lookupAll("*")) {
            if (!(node instanceof Control control) || !isShowing(control) || insideAnotherControl(control)) {
                continue;
            }
            if (control instanceof Label label) {
                // A label is read, not operated: it needs no name of its own, only readable text when it has some.
                assertThat(label.getText().isEmpty() || label.getFont().getSize() >= 20)
                        .as("text size of %s", label.getId())
                        .isTrue();
                continue;
            }
            String name = control.getAccessibleText() != null
                    ? control.getAccessibleText()
                    : control instanceof Labeled labeled ? labeled.getText() : null;
            assertThat(name)
                    .as("accessible name of %s on %s", control.getId(), where)
                    .isNotBlank();
            if (control instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                assertThat(labeled.getFont().getSize())
                        .as("text size of %s", control.getId())
                        .isGreaterThanOrEqualTo(20);
            }
        }
    }

    /** A label or button too narrow for its text shows "…" in place of the end: on a kiosk that is a bug. */
    private static void assertNoTextIsCutOff(FxRobot robot, Step where) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node node : robot.lookup(".kiosk").queryAs(Parent.class).lookupAll(".text")) {
            if (node instanceof Text shown
                    && shown.getParent() instanceof Labeled labeled
                    && isShowing(labeled)
                    && !labeled.getText().isEmpty()) {
                assertThat(shown.getText())
                        .as("%s on %s", labeled.getId(), where)
                        .isEqualTo(labeled.getText());
            }
        }
    }

    private void reach(Step where, FxRobot robot) throws Exception {
        if (where == Step.IDENTIFY) {
            robot.clickOn("#email");
            return;
        }
        if (where == Step.CODE) {
            identify(robot, "alice@example.com", "6879");
            return;
        }
        signIn(robot);
        if (where == Step.CHANGE_REQUEST) {
            robot.clickOn("#reportButton");
        }
    }

    /** Parts of a control's skin (a list's cells, its scroll bar) are named by the control itself. */
    private static boolean insideAnotherControl(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Control) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void spanish_everyScreenShowsNoEnglish(Step where, FxRobot robot) throws Exception {
        robot.clickOn("#languageButton");
        reach(where, robot);
        assertNoTextIsCutOff(robot, where);
        ResourceBundle english = KioskTexts.in(Language.ENGLISH);
        List<String> englishTexts = english.keySet().stream()
                .map(english::getString)
                .map(text -> text.replaceAll("\\{0}.*", ""))
                .toList();
        for (Node node : robot.lookup(".kiosk").queryAs(Parent.class).lookupAll("*")) {
            if (node instanceof Labeled labeled
                    && isShowing(node)
                    && !labeled.getText().isBlank()
                    && !"Lee & Partners CPA".equals(labeled.getText())
                    && !(labeled.getText().length() <= 4)) {
                assertThat(englishTexts)
                        .as("%s on %s", node.getId(), where)
                        .noneMatch(en -> !en.isBlank() && labeled.getText().startsWith(en));
            }
        }
    }

    @Test
    void theNextClient_startsInEnglish(FxRobot robot) throws Exception {
        robot.clickOn("#languageButton");
        signIn(robot);
        assertThat(shown("#welcome")).isEqualTo("Hola, Alice");
        robot.clickOn("#signOut");
        FxWait.waitUntil(() -> flow.step().get() == Step.IDENTIFY);
        assertThat(robot.lookup("#textMe").queryAs(Labeled.class).getText()).isEqualTo("Text me a code");
    }

    @Test
    void aClientUsingTheKioskInSpanish_getsTheCodeInSpanish(FxRobot robot) throws Exception {
        robot.clickOn("#languageButton");
        identify(robot, "alice@example.com", "6879");
        assertThat(context.outbox().list(1).get(0).body())
                .contains(": su código de verificación es")
                .doesNotContain("verification code");
    }

    @Test
    void bundles_spanishTranslatesEveryEnglishKey() {
        ResourceBundle english = KioskTexts.in(Language.ENGLISH);
        ResourceBundle spanish = KioskTexts.in(Language.SPANISH);
        for (String key : english.keySet()) {
            assertThat(spanish.getString(key)).as(key).isNotEqualTo(english.getString(key));
        }
        assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    /** A text message provider that refuses every number, as a carrier block looks to us. */
    private static final class RefusingSms implements CodeSender {
        @Override
        public DeliveryResult send(CodeMessage message) {
            return DeliveryResult.failed("TWILIO_21610", "The number has opted out of messages.");
        }

        @Override
        public DeliveryResult sendTest(String destination, String firmName) {
            return send(null);
        }

        @Override
        public String describe() {
            return "refusing SMS";
        }
    }
}
