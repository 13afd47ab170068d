package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kiosk on a real database with the outbox: identify, code, signed in, sign out, and nothing left behind. */
@ExtendWith(ApplicationExtension.class)
class KioskScreenTest {
    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private AppContext context;
    private Background background;
    private KioskViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        context = TestDatabase.open(Files.createTempDirectory("portaldesk-kiosk"), clock);
        context.contacts().add(TypicalContacts.ALICE);
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        KioskServices services = new KioskServices(context.verification().engine(), context.verification().codeCheck(),
                context.verification().sessions(), context.contacts(), context.policies(), context.staffAuth(),
                context.checkIns(), "lobby");
        model = new KioskViewModel(services, background, clock, ResourceBundle.getBundle(KioskView.BUNDLE, Locale.ENGLISH));
        Scene scene = new Scene(new KioskView(model, "Lee & Partners CPA", () -> { }).getRoot(), 1280, 800);
        scene.getStylesheets().add("/com/portaldesk/ui/kiosk/kiosk.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        background.shutdown();
        context.close();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String latestCode() {
        Matcher m = Pattern.compile("(\\d{6})").matcher(context.outbox().list(1).get(0).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Every text visible anywhere in the scene: labels, buttons, fields, list cells. */
    private static List<String> allText(Parent root) {
        List<String> texts = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                texts.add(labeled.getText());
            }
            if (node instanceof TextInputControl input) {
                texts.add(input.getText());
            }
            if (node instanceof ListView<?> list) {
                list.getItems().forEach(item -> texts.add(String.valueOf(item)));
            }
        }
        return texts;
    }

    private void identify(FxRobot robot, String email, String lastFour) {
        robot.clickOn("#email").write(email);
        robot.clickOn("#lastFour").write(lastFour);
        robot.clickOn("#textMe");
    }

    @Test
    void fullPath_signsIn_showsMaskedDetails_andSignOutLeavesNothingBehind(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.CODE);
        robot.clickOn("#code").write(latestCode());
        robot.clickOn("#continueButton");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.SIGNED_IN);
        assertThat(model.welcomeProperty().get()).isEqualTo("Welcome, Alice");
        assertThat(model.details()).containsExactly("Mobile: •••-•••-0101", "Email: a•••@example.com");
        robot.clickOn("#checkInButton");
        waitUntil(() -> model.checkedInProperty().get());
        assertThat(context.checkIns().since(clock.instant().minusSeconds(60))).singleElement()
                .satisfies(c -> {
                    assertThat(c.contactName()).isEqualTo("Alice Pauline");
                    assertThat(c.terminalId()).isEqualTo("lobby");
                });

        robot.clickOn("#signOut");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.IDENTIFY);
        List<String> left = allText(robot.lookup(".kiosk").queryAs(Parent.class));
        assertThat(left).noneMatch(text -> text.contains("alice") || text.contains("Alice") || text.contains("6879")
                || text.contains("0101") || text.contains("a•••"));
        assertThat(model.hasSession()).isFalse();
    }

    @Test
    void unknownEmail_looksExactlyLikeARealOne(FxRobot robot) throws Exception {
        identify(robot, "nobody@example.com", "6879");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.CODE);
        String decoyMessage = model.messageProperty().get();
        robot.interact(model::startOver);
        identify(robot, "alice@example.com", "6879");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.CODE);
        assertThat(model.messageProperty().get()).isEqualTo(decoyMessage);
    }

    @Test
    void wrongCode_saysHowManyTriesAreLeft(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.CODE);
        robot.clickOn("#code").write("000000".equals(latestCode()) ? "111111" : "000000");
        robot.clickOn("#continueButton");
        waitUntil(() -> !model.errorProperty().get().isEmpty());
        assertThat(model.errorProperty().get()).isEqualTo("That code did not work. You can try 4 more times.");
    }

    @Test
    void idle_warnsThenWipesEverything(FxRobot robot) throws Exception {
        identify(robot, "alice@example.com", "6879");
        waitUntil(() -> model.stepProperty().get() == KioskViewModel.Step.CODE);
        clock.advance(Duration.ofMinutes(2));
        robot.interact(model::tick);
        assertThat(model.idleWarningProperty().get()).isTrue();
        assertThat(robot.lookup("#idlePane").query().isVisible()).isTrue();
        clock.advance(Duration.ofSeconds(10));
        robot.interact(model::tick);
        assertThat(model.stepProperty().get()).isEqualTo(KioskViewModel.Step.IDENTIFY);
        assertThat(model.emailProperty().get()).isEmpty();
        assertThat(model.lastFourProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void spanish_everyKeyOfTheEnglishBundleIsTranslated(FxRobot robot) {
        ResourceBundle english = ResourceBundle.getBundle(KioskView.BUNDLE, Locale.ENGLISH);
        ResourceBundle spanish = ResourceBundle.getBundle(KioskView.BUNDLE, Locale.forLanguageTag("es"));
        for (String key : english.keySet()) {
            assertThat(spanish.getString(key)).as(key).isNotEqualTo(english.getString(key));
        }
        robot.clickOn("#languageButton");
        assertThat(robot.lookup("#textMe").queryAs(Labeled.class).getText()).startsWith("Enviarme");
    }
}
