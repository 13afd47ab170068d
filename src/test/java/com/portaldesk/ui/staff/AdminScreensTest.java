package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditWords;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.checkin.CheckInOutcome;
import com.portaldesk.checkin.CheckInRecord;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Email;
import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.RefusingSmtpServer;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.Contrast;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.StaffMembers;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import com.portaldesk.workstations.WorkstationIdentity;
import com.portaldesk.workstations.WorkstationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Screen;
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

/** The admin tabs: only for admins; settings refuse out-of-range values and audit saved changes; the audit log. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class AdminScreensTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private MutableClock clock;
    private Background background;
    private Stage stage;

    @Start
    void start(Stage window) throws Exception {
        stage = window;
        clock = MutableClock.at("2026-09-01T09:00:00Z");
        context = TestDatabase.open(dataDir, clock);
        context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        context.verification().engine().start("alice@example.com", "6879", Channel.SMS, "lobby-1");
        context.verification().engine().start("ghost@example.com", "1111", Channel.EMAIL, "lobby-2");
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private void open(Role role) {
        FxWait.onFxThread(() -> new MainWindow(
                        stage,
                        context.staffDesks(),
                        background,
                        new StaffSession(UUID.randomUUID(), "ann", "Ann Lee", role, role == Role.ADMIN),
                        () -> {})
                .allowKioskMode(() -> {})
                .show());
    }

    /** A tab's title is its name, or its name with a count ("Check-ins (2 waiting)"). */
    private static boolean titled(Tab tab, String name) {
        return name.equals(tab.getText())
                || tab.getText() != null && tab.getText().startsWith(name + " (");
    }

    /** A tab by its name, or an admin screen by its name in the Settings tab's list. */
    private static void selectTab(FxRobot robot, String name) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        Set<String> adminSections =
                Set.of("Security settings", "Delivery settings", "Staff", "Workstations", "Backups");
        if (!adminSections.contains(name)) { // a tab's title may still be on its way ("Change requests (1)")
            try {
                FxWait.waitUntil(() -> tabs.getTabs().stream().anyMatch(t -> titled(t, name)));
            } catch (Exception e) {
                throw new AssertionError("No tab named " + name, e);
            }
        }
        var tab = tabs.getTabs().stream().filter(t -> titled(t, name)).findFirst();
        if (tab.isPresent()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab.get()));
            return;
        }
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> MainWindow.SETTINGS.equals(t.getText()))
                        .findFirst()
                        .orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<AdminArea.Section> sections = robot.lookup("#adminSections").queryAs(ListView.class);
        robot.interact(() -> sections.getSelectionModel()
                .select(sections.getItems().stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void theAuditAlarm_isShownAboveTheTabs_andSaidOnTheDashboard(FxRobot robot) throws Exception {
        RawSql.execute(dataDir, "UPDATE audit_head SET seal = NULL WHERE id = 1");
        open(Role.ADMIN);
        Label alarm = robot.lookup("#alarmText").queryAs(Label.class);
        FxWait.waitUntil(() -> alarm.getParent().isVisible());
        assertThat(alarm.getText())
                .startsWith("⚠ Audit log alarm: The head of the audit log")
                .contains("audit resume");
        selectTab(robot, "Dashboard");
        Label warning = robot.lookup("#securityWarning").queryAs(Label.class);
        FxWait.waitUntil(() -> warning.isVisible());
        assertThat(warning.getText()).contains("does not carry PortalDesk's seal");
    }

    /** Email sent to Exchange Online with a password is said on the Dashboard, with the way to switch. */
    @Test
    void aPasswordToExchangeOnline_isWarnedAboutOnTheDashboard(FxRobot robot) throws Exception {
        context.deliveryControl()
                .save(
                        new DeliveryForm(
                                "outbox",
                                "smtp",
                                "",
                                "",
                                "",
                                "",
                                false,
                                "smtp.office365.com",
                                "587",
                                "starttls",
                                "portal@contoso.com",
                                "app-password",
                                false,
                                "portal@contoso.com",
                                ""),
                        "ann",
                        "desk");
        open(Role.ADMIN);
        selectTab(robot, "Dashboard");
        Label warning = robot.lookup("#securityWarning").queryAs(Label.class);
        FxWait.waitUntil(warning::isVisible);
        assertThat(warning.getText())
                .contains("5.7.30")
                .contains("Microsoft 365 (no password)")
                .doesNotContain("app-password");
    }

    @Test
    @SuppressWarnings("unchecked")
    void insights_showEveryStaffMemberWhatToDo_forRepeatedMismatches(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            context.verification().engine().start("alice@example.com", "0000", Channel.SMS, "lobby-1");
        }
        open(Role.STAFF);
        selectTab(robot, "Insights");
        var entries = robot.lookup("#insightsList").queryAs(ListView.class);
        FxWait.waitUntil(() -> !entries.getItems().isEmpty());
        assertThat(robot.lookup("#insightsStatus").queryLabeled().getText()).startsWith("1 thing to act on since");
        assertThat(robot.lookup(".insights-list .list-cell .text-bold")
                        .queryLabeled()
                        .getText())
                .isEqualTo("Repeated SSN mismatches  ·  Alice Pauline  ·  3 times");
    }

    @Test
    void reports_makeTheSafeguardsReport_showItsPages_andAuditWhoMadeIt(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Reports");
        assertThat(robot.lookup("#reportFrom").queryAs(DatePicker.class).getValue())
                .as("last month")
                .hasToString("2026-08-01");
        assertThat(robot.lookup("#saveReport").queryButton().isDisabled())
                .as("nothing to save yet")
                .isTrue();
        var from = robot.lookup("#reportFrom").queryAs(DatePicker.class);
        robot.interact(() -> from.getEditor().setText("13/45/2026"));
        robot.clickOn("#createReport"); // the focus leaves the date field: the picker commits what was typed
        FxWait.waitUntil(() -> robot.lookup("#reportStatus")
                .queryLabeled()
                .getText()
                .startsWith("Not made: From: " + "\"13/45/2026\" is not a date"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getEditor().getText()).as("what was typed is kept").isEqualTo("13/45/2026");
        robot.interact(() -> from.getEditor().setText(from.getConverter().toString(from.getValue())));
        press(robot, "#createReport");
        var pages = robot.lookup("#pagesBox").queryAs(VBox.class);
        FxWait.waitUntil(() ->
                pages.getChildren().stream().filter(n -> n instanceof ImageView).count() >= 3);
        assertThat(robot.lookup("#reportStatus").queryLabeled().getText()).startsWith("Made: ");
        assertThat(robot.lookup("#saveReport").queryButton().isDisabled()).isFalse();
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.REPORT_GENERATED, null, null, 5)))
                .singleElement()
                .satisfies(made -> assertThat(made.actor()).isEqualTo("ann"));
    }

    /** The header of the tab with this title, as a person clicks it. */
    private static Node tabHeader(FxRobot robot, String title) {
        return robot.lookup(".tab")
                .match((Node node) ->
                        node.getProperties().get(Tab.class) instanceof Tab tab && title.equals(tab.getText()))
                .query();
    }

    /**
     * Opened without a sign-in window before it (as here), the window takes its contents' size: taller than the
     * screen, and it was placed with its tabs above the top edge, where no click reaches them.
     */
    @Test
    void theWindow_staysOnTheScreen_whenItsContentsAskForMore(FxRobot robot) {
        open(Role.ADMIN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getY()).as("top").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getY() + stage.getHeight()).as("bottom").isLessThanOrEqualTo(screen.getMaxY());
        assertThat(stage.getX() + stage.getWidth()).as("right").isLessThanOrEqualTo(screen.getMaxX());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node header = tabHeader(robot, "Contacts");
        // In the window's own coordinates. In screen coordinates a full run read -36 here once the window had been
        // moved onto the screen, in the same run where the test below clicked this very header without a miss.
        assertThat(header.localToScene(header.getBoundsInLocal()).getMinY())
                .as("the tabs' top, in the window")
                .isGreaterThanOrEqualTo(0);
    }

    /**
     * In a window shorter than its contents' least height (the smallest the window may be, a long data-folder path,
     * large text) the contents start at the window's top: they had been centred in it, their tabs above its edge.
     */
    @Test
    void inTheSmallestWindow_theTabsStayAtItsTop(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        robot.interact(() -> stage.setHeight(600));
        FxWait.waitUntil(() -> stage.getScene().getHeight() <= 600);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node header = tabHeader(robot, "Contacts");
        assertThat(header.localToScene(header.getBoundsInLocal()).getMinY())
                .as("the tabs' top, in the window")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void leavingSettingsWithUnsavedChanges_asksWhileSettingsIsStillOnScreen(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Security settings");
        var codeLength = robot.lookup("#policy-codeLength").queryAs(TextField.class);
        FxWait.waitUntil(() -> !codeLength.getText().isEmpty());
        robot.clickOn(codeLength);
        robot.interact(codeLength::selectAll);
        robot.write("7");
        FxWait.waitUntil(() -> "7".equals(codeLength.getText()));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.clickOn(tabHeader(robot, "Contacts"));
        FxWait.waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(tabs.getSelectionModel().getSelectedItem().getText())
                .as("asked before the switch")
                .isEqualTo(MainWindow.SETTINGS);
        robot.clickOn("#confirmButton");
        FxWait.waitUntil(() ->
                "Contacts".equals(tabs.getSelectionModel().getSelectedItem().getText()));
        assertThat(robot.lookup("#confirmButton").tryQuery()).as("asked once").isEmpty();
    }

    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryAs(Button.class);
        robot.interact(button::fire);
    }

    @AfterEach
    void close() {
        background.shutdown();
        if (context != null) {
            context.close();
        }
    }

    @Test
    void staff_doNotSeeTheAdminTabs_norStartKioskMode(FxRobot robot) {
        open(Role.STAFF);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs())
                .extracting(t -> t.getText())
                .doesNotContain(
                        MainWindow.SETTINGS, "Security settings", "Staff", "Audit log", "Workstations", "Reports");
        assertThat(robot.lookup("#kioskButton").query().isVisible()).isFalse();
    }

    @Test
    void workstations_listsTheKiosksAndStaffAppsOnThisDatabase_closedOnesOnlyWhenAsked(FxRobot robot) throws Exception {
        UUID closed = context.workstations()
                .started(new WorkstationIdentity(WorkstationKind.STAFF_APP, "back-office", "BO-PC", "joe", "1.0.0"));
        context.workstations().stopped(closed);
        open(Role.ADMIN);
        // A kiosk started after the window opened is there when the section is opened, without Refresh.
        context.workstations()
                .started(new WorkstationIdentity(WorkstationKind.KIOSK, "lobby-1", "LOBBY-PC", "kiosk", "1.1.0"));
        selectTab(robot, "Workstations");
        TableView<?> table = robot.lookup("#workstationsTable").queryAs(TableView.class);
        FxWait.waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup(".workstation-running").queryLabeled().getText())
                .isEqualTo("Running");
        assertThat(robot.lookup("Kiosk").tryQuery()).isPresent();

        robot.interact(() ->
                robot.lookup("#showClosedWorkstations").queryAs(CheckBox.class).setSelected(true));
        FxWait.waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.lookup(".workstation-closed").queryLabeled().getText()).isEqualTo("Closed");
    }

    @Test
    void backups_warnOnTheDashboard_refuseAPlanWithoutAFolder_andBackUpNowTakesAndChecksOne(FxRobot robot)
            throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Dashboard");
        FxWait.waitUntil(
                () -> robot.lookup("#backupWarning").queryLabeled().getText().contains("automatic backups are off"));

        selectTab(robot, "Backups");
        TextField folder = robot.lookup("#folder").queryAs(TextField.class);
        FxWait.waitUntil(() ->
                "19:00".equals(robot.lookup("#dailyAt").queryAs(TextField.class).getText()));
        robot.interact(() -> robot.lookup("#enabled").queryAs(CheckBox.class).setSelected(true));
        press(robot, "#save");
        FxWait.waitUntil(
                () -> !robot.lookup("#folderError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#folderError").queryLabeled().getText()).contains("Choose the folder");
        assertThat(context.backupSchedule().plan().enabled())
                .as("nothing saved")
                .isFalse();

        Path share = dataDir.resolve("share");
        robot.interact(() -> folder.setText(share.toString()));
        press(robot, "#save");
        FxWait.waitUntil(() -> context.backupSchedule().plan().enabled());
        assertThat(context.backupSchedule().plan().folder()).isEqualTo(share.toString());
        assertThat(robot.lookup("#folderError").queryLabeled().isVisible()).isFalse();

        press(robot, "#backUpNow");
        TableView<?> table = robot.lookup("#backupsTable").queryAs(TableView.class);
        FxWait.waitUntil(() -> table.getItems().size() == 1
                && robot.lookup("#status").queryLabeled().getText().startsWith("Backup taken and checked"));
        assertThat(robot.lookup(".backup-good").queryLabeled().getText()).isEqualTo("Good");
        assertThat(share.toFile().list((dir, name) -> name.endsWith(".pdbackup")))
                .hasSize(1);

        selectTab(robot, "Dashboard");
        FxWait.waitUntil(
                () -> robot.lookup("#backupWarning").queryLabeled().getText().isEmpty());
    }

    @Test
    void aTestSendInDemonstrationMode_saysKeptInTheOutbox_neverSent(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Delivery settings");
        robot.interact(() -> robot.lookup("#testPhone").queryAs(TextField.class).setText("(415) 555-0123"));
        press(robot, "#testSmsButton");
        Label result = robot.lookup("#testResult").queryAs(Label.class);
        FxWait.waitUntil(() -> result.getText().startsWith("Kept"));
        assertThat(result.getText())
                .startsWith("Kept in the outbox, not delivered")
                .doesNotContain("✔")
                .doesNotContainIgnoringCase("sent");
        assertThat(context.outbox().list(1).get(0).channel()).isEqualTo(Channel.SMS);
    }

    /**
     * The whole chain from the screen: settings saved for a mail server that, like Exchange Online, no longer takes a
     * password; "Send test email" goes to it and says Microsoft's refusal with the choice to make, in the screen's
     * words. A Messaging Service saved for texts is then what the screen says is live.
     */
    @Test
    @SuppressWarnings("unchecked")
    void sendTestEmail_toAServerThatRefusesPasswords_saysTheNextStepInTheScreensWords(FxRobot robot) throws Exception {
        try (var exchange = new RefusingSmtpServer(
                "250 OK", "535 5.7.30 Basic authentication is not supported for Client Submission.")) {
            open(Role.ADMIN);
            selectTab(robot, "Delivery settings");
            var email = robot.lookup("#emailProvider").queryAs(ChoiceBox.class);
            var security = robot.lookup("#smtpSecurity").queryAs(ChoiceBox.class);
            var sms = robot.lookup("#smsProvider").queryAs(ChoiceBox.class);
            FxWait.waitUntil(() -> "outbox".equals(email.getValue()));
            robot.interact(() -> {
                email.setValue("smtp");
                field(robot, "#smtpHost").setText("127.0.0.1");
                field(robot, "#smtpPort").setText(Integer.toString(exchange.port()));
                security.setValue("none"); // allowed only to this computer
                field(robot, "#smtpUsername").setText("portal@leecpa.example");
                field(robot, "#smtpPassword").setText("Old-Mailbox-Pw-9");
                field(robot, "#smtpFromAddress").setText("portal@leecpa.example");
                sms.setValue("twilio");
                field(robot, "#twilioAccountSid").setText("AC" + "0123456789abcdef".repeat(2));
                field(robot, "#twilioAuthToken").setText("0123456789abcdef".repeat(2));
                field(robot, "#twilioServiceSid").setText("MG" + "fedcba9876543210".repeat(2));
            });
            press(robot, "#saveDelivery");
            Label status = robot.lookup("#deliveryStatus").queryAs(Label.class);
            FxWait.waitUntil(() -> status.getText().startsWith("Live now: "));
            assertThat(status.getText())
                    .contains("Twilio (Messaging Service MG" + "fedcba9876543210".repeat(2))
                    .contains("127.0.0.1");
            Label delivery = robot.lookup("#deliveryLabel").queryAs(Label.class);
            FxWait.waitUntil(() -> delivery.getText().contains("SMTP (portal@leecpa.example through 127.0.0.1:"));
            assertThat(delivery.getStyleClass())
                    .as("nothing is kept in the outbox now")
                    .doesNotContain("delivery-demo");

            robot.interact(() -> field(robot, "#testAddress").setText("you@leecpa.example"));
            press(robot, "#testEmailButton");
            Label result = robot.lookup("#testResult").queryAs(Label.class);
            FxWait.waitUntil(() -> result.getText().startsWith("✖"));
            assertThat(result.getText())
                    .contains("5.7.30")
                    .contains("Choose \"Microsoft 365 (no password)\" in Send email with")
                    .doesNotContain("email.provider")
                    .doesNotContain("Old-Mailbox-Pw-9");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void googleWorkspace_isSavedWithItsKeyFileAndMailbox_andSaidLive_andAKeyOthersCanReadIsRefusedBesideIt(
            FxRobot robot) throws Exception {
        Path key = Files.writeString(dataDir.resolve("service-account.json"), "{}");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        open(Role.ADMIN);
        selectTab(robot, "Delivery settings");
        var email = robot.lookup("#emailProvider").queryAs(ChoiceBox.class);
        FxWait.waitUntil(() -> "outbox".equals(email.getValue()));
        robot.interact(() -> {
            email.setValue("google");
            field(robot, "#googleKeyFile").setText(key.toString());
            field(robot, "#googleMailbox").setText("portal@leecpa.example");
        });
        press(robot, "#saveDelivery");
        Label keyError = robot.lookup("#error-googleKeyFile").queryAs(Label.class);
        FxWait.waitUntil(() -> !keyError.getText().isEmpty());
        assertThat(keyError.getText()).contains("readable by this Windows or Linux account only");
        assertThat(context.staffDesks().delivery().current().emailProvider()).isEqualTo("outbox");

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        press(robot, "#saveDelivery");
        Label status = robot.lookup("#deliveryStatus").queryAs(Label.class);
        FxWait.waitUntil(() ->
                status.getText().startsWith("Live now: ") && status.getText().contains("Google"));
        assertThat(status.getText()).contains("Google Workspace (portal@leecpa.example");
        // The status bar says it at once, still amber (texts stay in the outbox), and its long line wraps rather than
        // widening the window past the screen.
        Label delivery = robot.lookup("#deliveryLabel").queryAs(Label.class);
        FxWait.waitUntil(() -> delivery.getText().contains("Google Workspace"));
        assertThat(delivery.getStyleClass()).contains("delivery-demo");
        double window = stage.getScene().getWidth();
        assertThat(FxWait.onFxThread(() -> stage.getScene().getRoot().minWidth(-1)))
                .as("the window's least width")
                .isLessThanOrEqualTo(window);
        assertThat(FxWait.onFxThread(() -> delivery.getBoundsInParent().getMaxX()))
                .isLessThanOrEqualTo(window);
        assertThat(context.staffDesks().delivery().current().oauth().googleKeyFile())
                .isEqualTo(key.toString());
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deliverySettings_aMissingValue_isMarkedOnItsFieldInPlainWords_andNothingIsSaved(FxRobot robot)
            throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Delivery settings");
        ChoiceBox<String> sms = robot.lookup("#smsProvider").queryAs(ChoiceBox.class);
        FxWait.waitUntil(() -> "outbox".equals(sms.getValue()));
        robot.interact(() -> sms.setValue("twilio"));
        Node sidField = robot.lookup("#twilioAccountSid").query();
        WaitForAsyncUtils.waitForFxEvents();
        double widthBefore = sidField.getLayoutBounds().getWidth();
        press(robot, "#saveDelivery");
        Label error = robot.lookup("#error-twilioAccountSid").queryAs(Label.class);
        FxWait.waitUntil(() -> !error.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidField.getLayoutBounds().getWidth())
                .as("the field keeps its width; the reason wraps under it")
                .isEqualTo(widthBefore);
        assertThat(error.getText())
                .startsWith("Type the account SID from the Twilio console")
                .doesNotContain("twilio.account-sid")
                .doesNotContain("Key '");
        var sid = robot.lookup("#twilioAccountSid").queryAs(TextField.class);
        FxWait.waitUntil(sid::isFocused);
        assertThat(sid.getStyleClass()).contains("field-wrong");
        assertThat(robot.lookup("#deliveryStatus").queryLabeled().getText()).startsWith("Not saved");
        assertThat(context.staffDesks().delivery().current().smsProvider()).isEqualTo("outbox");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deliverySettings_showChoicesByName_andKeepTheirValues(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Delivery settings");
        ChoiceBox<String> sms = robot.lookup("#smsProvider").queryAs(ChoiceBox.class);
        FxWait.waitUntil(() -> "outbox".equals(sms.getValue()));
        assertThat(robot.from(sms).lookup(".label").queryLabeled().getText())
                .isEqualTo("Demonstration outbox (nothing is sent)");
        assertThat(sms.getItems().stream().map(sms.getConverter()::toString))
                .containsExactly("Demonstration outbox (nothing is sent)", "Text messages by Twilio");
        ChoiceBox<String> security = robot.lookup("#smtpSecurity").queryAs(ChoiceBox.class);
        assertThat(security.getConverter().toString("starttls")).startsWith("STARTTLS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deliverySettings_eachWayOfSendingEmail_showsOnlyItsFields_andExchangeWithAPasswordIsWarnedAbout(FxRobot robot)
            throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Delivery settings");
        ChoiceBox<String> email = robot.lookup("#emailProvider").queryAs(ChoiceBox.class);
        FxWait.waitUntil(() -> "outbox".equals(email.getValue()));
        assertThat(email.getItems().stream().map(email.getConverter()::toString))
                .containsExactly(
                        "Demonstration outbox (nothing is sent)", "Email through the firm's mail server (SMTP)",
                        "Microsoft 365 (no password)", "Google Workspace (no password)");
        Map<String, String> onlyField =
                Map.of("outbox", "", "smtp", "#smtpHost", "microsoft365", "#m365TenantId", "google", "#googleKeyFile");
        for (String choice : email.getItems()) {
            robot.interact(() -> email.setValue(choice));
            WaitForAsyncUtils.waitForFxEvents();
            for (String field : List.of("#smtpHost", "#m365TenantId", "#googleKeyFile")) {
                assertThat(shownOnScreen(robot.lookup(field).query()))
                        .as(field + " with " + choice)
                        .isEqualTo(field.equals(onlyField.get(choice)));
            }
            assertThat(shownOnScreen(robot.lookup("#twilioAccountSid").query()))
                    .as("Twilio's fields, texts by " + "the outbox")
                    .isFalse();
        }
        Label warning = robot.lookup("#passwordWarning").queryAs(Label.class);
        robot.interact(() -> email.setValue("smtp"));
        robot.interact(() -> robot.lookup("#smtpHost").queryAs(TextField.class).setText("smtp.office365.com"));
        assertThat(shownOnScreen(warning)).isTrue();
        assertThat(warning.getText()).contains("5.7.30");
        robot.interact(() -> email.setValue("microsoft365"));
        assertThat(shownOnScreen(warning)).isFalse();
    }

    /** It and everything it is in are visible (a hidden group of fields also takes no room: it is unmanaged). */
    private static boolean shownOnScreen(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    @SuppressWarnings("unchecked")
    void dashboard_countsInWholeNumbers_withTotalsForThePeriod(FxRobot robot) throws Exception {
        clock.advance(Duration.between(clock.instant(), Instant.now())); // the dashboard's today
        ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby-1");
        open(Role.ADMIN);
        selectTab(robot, "Dashboard");
        Label totals = robot.lookup("#dashboardTotals").queryAs(Label.class);
        FxWait.waitUntil(() -> totals.getText().startsWith("Last 30 days"));
        assertThat(totals.getText()).contains("Sign-ins: 1").contains("Lockouts: 0");
        LineChart<Number, Number> chart = robot.lookup("#activityChart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).contains("Sign-ins (1)", "Failed checks (0)");
        NumberAxis counts = (NumberAxis) chart.getYAxis();
        assertThat(counts.getTickLabelFormatter().toString(0.5))
                .as("no half sign-ins")
                .isEmpty();
        assertThat(counts.getTickLabelFormatter().toString(2.0)).isEqualTo("2");
        NumberAxis days = (NumberAxis) chart.getXAxis();
        assertThat(days.getTickLabelFormatter().toString(29))
                .as("the last day is today")
                .isEqualTo(DateTimeFormatter.ofPattern("MMM d").format(LocalDate.now(Clock.systemUTC())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAccounts_offerEachNamedActionOnlyWhereItApplies(FxRobot robot) throws Exception {
        context.staffAccounts()
                .add(
                        new StaffSession(UUID.randomUUID(), "setup", "Setup", Role.ADMIN, false),
                        "frontdesk",
                        "Front Desk",
                        Role.STAFF,
                        "lobby keys are not toys".toCharArray(),
                        "test");
        open(Role.ADMIN);
        selectTab(robot, "Staff");
        TableView<StaffAccount> accounts = robot.lookup("#staffTable").queryAs(TableView.class);
        FxWait.waitUntil(() -> accounts.getItems().size() == 1);
        Button disable = robot.lookup("#disableButton").queryAs(Button.class);
        Button enable = robot.lookup("#enableButton").queryAs(Button.class);
        assertThat(disable.isDisabled()).as("nothing selected").isTrue();
        robot.interact(() -> accounts.getSelectionModel().select(0));
        assertThat(disable.isDisabled()).isFalse();
        assertThat(enable.isDisabled()).isTrue();
        assertThat(robot.lookup("#makeAdminButton").queryAs(Button.class).isDisabled())
                .isFalse();
        assertThat(robot.lookup("#makeStaffButton").queryAs(Button.class).isDisabled())
                .isTrue();

        robot.interact(disable::fire);
        FxWait.waitUntil(() ->
                accounts.getItems().size() == 1 && accounts.getItems().get(0).disabled());
        robot.interact(() -> accounts.getSelectionModel().select(0));
        assertThat(enable.isDisabled()).isFalse();
        assertThat(disable.isDisabled()).isTrue();
    }

    @Test
    void addStaff_saysEveryProblemBesideItsField_keepsWhatWasTyped_andThenAdds(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Staff");
        robot.clickOn("#addStaffButton");
        FxWait.waitUntil(() -> robot.lookup("#newStaffUser").tryQuery().isPresent());
        robot.clickOn("#newStaffUser").write("b");
        robot.clickOn("#newStaffPassword").write("short");
        Button ok = robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.isDefaultButton())
                .queryButton();
        robot.clickOn(ok);
        FxWait.waitUntil(
                () -> !ok.isDisabled() && !errorBeside(robot, "PASSWORD").isEmpty());
        assertThat(errorBeside(robot, "USERNAME")).startsWith("A user name is 3 to 64");
        assertThat(errorBeside(robot, "DISPLAY_NAME")).startsWith("Enter the person's name");
        assertThat(errorBeside(robot, "PASSWORD")).startsWith("Use at least 12 characters");
        assertThat(robot.lookup("#newStaffUser").queryTextInputControl().isFocused())
                .as("the first to mend")
                .isTrue();

        robot.clickOn("#newStaffUser").write("ob");
        robot.clickOn("#newStaffName").write("Bob Ray");
        robot.clickOn("#newStaffPassword").write(" quiet meadow lamp");
        robot.clickOn(ok);
        FxWait.waitUntil(() -> robot.lookup("#newStaffUser").tryQuery().isEmpty());
        assertThat(context.staffAccounts().list())
                .extracting(StaffAccount::username)
                .contains("bob");
    }

    private static String errorBeside(FxRobot robot, String field) {
        return robot.lookup("#newStaffError-" + field).queryLabeled().getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFocusedTable_hasAVisibleRing_andASelectedRowStandsOut3to1(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Contacts");
        TableView<?> contacts = robot.lookup("#table").queryAs(TableView.class);
        FxWait.waitUntil(() -> !contacts.getItems().isEmpty());
        robot.interact(() -> {
            contacts.requestFocus();
            contacts.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Border ring = contacts.getBorder();
        assertThat(ring).as("a focused table shows a border").isNotNull();
        BorderStroke stroke = ring.getStrokes().get(0);
        assertThat(stroke.getWidths().getTop()).isGreaterThanOrEqualTo(2);
        Color ringColour = (Color) stroke.getTopStroke();
        Color page = Color.WHITE;
        assertThat(Contrast.ratio(ringColour, page)).isGreaterThanOrEqualTo(3);

        robot.interact(() -> contacts.getSelectionModel().select(0));
        FxWait.waitUntil(() -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(TableRow::isSelected));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> selectedRow = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(TableRow::isSelected)
                .findFirst()
                .orElseThrow();
        Color rowColour = (Color) selectedRow
                .getBackground()
                .getFills()
                .get(selectedRow.getBackground().getFills().size() - 1)
                .getFill();
        assertThat(Contrast.ratio(rowColour, page))
                .as("selected row against the white rows")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theHeadersQuietText_reads4point5to1AgainstTheHeader(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        WaitForAsyncUtils.waitForFxEvents();
        Region header = robot.lookup(".app-header").queryAs(Region.class);
        Color back = (Color) header.getBackground().getFills().get(0).getFill();
        List<Label> quiet =
                robot.lookup(".app-tagline").queryAllAs(Label.class).stream().toList();
        assertThat(quiet).isNotEmpty(); // the subtitle (the database's kind is in the status bar now)
        for (Label label : quiet) {
            Color text = (Color) ((Text) label.lookup(".text")).getFill();
            double alpha = label.getOpacity();
            Color seen = back.interpolate(text, alpha); // what the eye gets through the opacity
            assertThat(Contrast.ratio(seen, back))
                    .as("%s: %s at %s on %s", label.getText(), text, alpha, back)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void admins_canStartKioskMode(FxRobot robot) {
        open(Role.ADMIN);
        assertThat(robot.lookup("#kioskButton").query().isVisible()).isTrue();
    }

    @Test
    void settings_refuseOutOfRangeValues_andSaveGoodOnesWithAnAuditEvent(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Security settings");
        FxWait.waitUntil(() -> "10"
                .equals(robot.lookup("#policy-codeLifetime")
                        .queryAs(TextField.class)
                        .getText()));
        robot.doubleClickOn("#policy-codeLifetime").write("11");
        robot.doubleClickOn("#policy-codeLength").write("5");
        press(robot, "#saveButton");
        FxWait.waitUntil(() -> !robot.lookup("#error-codeLifetime")
                .queryAs(Label.class)
                .getText()
                .isEmpty());
        assertThat(robot.lookup("#error-codeLifetime").queryAs(Label.class).getText())
                .contains("1 to 10 minutes");
        assertThat(robot.lookup("#error-codeLength").queryAs(Label.class).getText())
                .contains("6 to 10");
        assertThat(context.policies().current().codeLifetime()).isEqualTo(Duration.ofMinutes(10));
        var codeLength = robot.lookup("#policy-codeLength").queryAs(TextField.class);
        FxWait.waitUntil(codeLength::isFocused); // the first wrong field, in screen order, has the cursor
        assertThat(codeLength.getStyleClass()).contains("field-wrong");

        robot.doubleClickOn("#policy-codeLifetime").write("8");
        robot.doubleClickOn("#policy-codeLength").write("7");
        robot.type(KeyCode.ENTER); // Enter in a field saves, as the button does
        FxWait.waitUntil(() -> context.policies().current().codeLifetime().equals(Duration.ofMinutes(8)));
        AuditEntry change = context.audit()
                .list(new AuditQuery(null, null, AuditEventType.POLICY_CHANGED, null, null, 5))
                .get(0);
        assertThat(change.detail()).contains("Code length: 6 → 7").contains("Code lifetime: 10 min → 8 min");
        assertThat(change.actor()).as("who changed the policy").isEqualTo("ann");
    }

    @Test
    @SuppressWarnings("unchecked")
    void auditLog_filtersByEventType(FxRobot robot) throws Exception {
        open(Role.ADMIN);
        selectTab(robot, "Audit log");
        TableView<AuditNames.Named> events = robot.lookup("#events").queryAs(TableView.class);
        FxWait.waitUntil(() -> events.getItems().size() >= 3);
        for (String filter : new String[] {
            "#fromDate", "#toDate", "#typeFilter", "#reasonFilter", "#terminalFilter", "#staffFilter", "#contactFilter"
        }) {
            Node field = robot.lookup(filter).query();
            assertThat(robot.lookup(".filter-caption").queryAllAs(Label.class))
                    .as("a name shown for %s, not only a hint that goes once it is filled in", filter)
                    .anyMatch(caption -> caption.getLabelFor() == field && caption.isVisible());
        }
        FxWait.onFxThread(
                () -> robot.lookup("#typeFilter").queryAs(ComboBox.class).setValue(AuditEventType.CODE_SENT));
        press(robot, "#searchButton");
        FxWait.waitUntil(() -> events.getItems().size() == 1);
        assertThat(events.getItems().get(0).entry().type()).isEqualTo(AuditEventType.CODE_SENT);

        // A From date that is not one is said and kept, and nothing is searched without it.
        robot.clickOn("#fromDate").write("13/45/2026");
        robot.clickOn("#searchButton"); // the focus leaves the date field: the picker commits what was typed
        FxWait.waitUntil(() -> robot.lookup("#status").queryAllAs(Label.class).stream()
                .anyMatch(status -> status.getText().startsWith("Not searched: From: \"13/45/2026\" is not a date")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fromDate")
                        .queryAs(DatePicker.class)
                        .getEditor()
                        .getText())
                .as("what was typed is still there")
                .isEqualTo("13/45/2026");
        assertThat(events.getItems()).as("the list as it was").hasSize(1);
        robot.interact(() ->
                robot.lookup("#fromDate").queryAs(DatePicker.class).getEditor().clear());

        // Opened again after something happened elsewhere: the tab shows it without a click on Search.
        selectTab(robot, "Contacts");
        context.verification().engine().start("alice@example.com", "6879", Channel.EMAIL, "lobby-3");
        selectTab(robot, "Audit log");
        FxWait.waitUntil(() -> events.getItems().size() == 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void auditLog_saysEventsInWords_filtersByStaffAndContactName_andShowsOneEventWhole(FxRobot robot) throws Exception {
        var bob = context.contacts().add(TypicalContacts.BOB, TestActor.at("desk-2"));
        context.contacts().setPortalAccess(bob.id(), false, Actor.staff("ann", "desk-2"));
        open(Role.ADMIN);
        selectTab(robot, "Audit log");
        TableView<AuditNames.Named> events = robot.lookup("#events").queryAs(TableView.class);
        FxWait.waitUntil(() -> events.getItems().size() >= 4);
        assertThat(robot.lookup("#typeFilter")
                        .queryAs(ComboBox.class)
                        .getButtonCell()
                        .getText())
                .isEqualTo("Any event");
        assertThat(events.getItems())
                .anySatisfy(e -> assertThat(AuditWords.of(e.entry().type())).isEqualTo("Portal access changed"));

        robot.interact(
                () -> robot.lookup("#contactFilter").queryAs(TextField.class).setText("pauline"));
        press(robot, "#searchButton");
        FxWait.waitUntil(() -> robot.lookup("#status").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("2 contacts match \"pauline\" (Alice Pauline <alice@")));
        assertThat(events.getItems()).isEmpty();

        robot.interact(
                () -> robot.lookup("#contactFilter").queryAs(TextField.class).setText("bob pauline"));
        robot.clickOn("#contactFilter").type(KeyCode.ENTER); // Enter in a filter, as Show does
        FxWait.waitUntil(() -> events.getItems().size() == 2
                && events.getItems().stream().allMatch(e -> e.contact().equals("Bob Pauline")));

        ComboBox<StaffAccount> staff = robot.lookup("#staffFilter").queryAs(ComboBox.class);
        StaffMembers.withOwnPassword(context, "ann", "Ann Lee", Role.ADMIN, "lantern orchard river");
        selectTab(robot, "Contacts");
        selectTab(robot, "Audit log");
        robot.interact(() -> staff.getItems().setAll(context.staffAccounts().list()));
        robot.interact(() -> staff.setValue(staff.getItems().stream()
                .filter(a -> a.username().equals("ann"))
                .findFirst()
                .orElseThrow()));
        press(robot, "#searchButton");
        FxWait.waitUntil(() -> events.getItems().size() == 1);
        assertThat(events.getItems().get(0).entry().type()).isEqualTo(AuditEventType.PORTAL_ACCESS_CHANGED);
        assertThat(AuditLogViewModel.details(events.getItems().get(0)))
                .contains("What: Portal access changed")
                .contains("Who: Ann Lee (ann)")
                .contains("Contact: Bob Pauline")
                .contains("Where: desk-2")
                .contains("Details: portal access off");
    }

    @Test
    @SuppressWarnings("unchecked")
    void contactDetails_showSignInHistory_andStaffCanUnlockALockedClient(FxRobot robot) throws Exception {
        context.policies()
                .save(
                        new PolicyBuilder(context.policies().current())
                                .lock(3, Duration.ofHours(24), Duration.ofMinutes(30))
                                .build(),
                        TestActor.STAFF);
        for (int i = 0; i < 3; i++) {
            context.verification().engine().start("alice@example.com", "0" + (100 + i), Channel.EMAIL, "t-" + i);
        }
        open(Role.STAFF);
        TableView<ContactRecord> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("Alice Pauline");
        ListView<String> history = robot.lookup("#historyList").queryAs(ListView.class);
        FxWait.waitUntil(() -> history.getItems().size() >= 3);
        assertThat(history.getItems()).anyMatch(line -> line.contains("challenge started"));
        FxWait.waitUntil(() -> robot.lookup("#unlockButton").query().isVisible());
        press(robot, "#unlockButton");
        FxWait.waitUntil(() -> !robot.lookup("#unlockButton").query().isVisible());
        assertThat(context.verification().locks().isLocked(new Email("alice@example.com")))
                .isFalse();
        assertThat(context.audit()
                        .list(new AuditQuery(null, null, AuditEventType.IDENTITY_UNLOCKED, null, null, 1))
                        .get(0)
                        .actor())
                .isEqualTo("ann");
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkInsTab_listsTodaysKioskCheckIns(FxRobot robot) throws Exception {
        var session = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby-1");
        assertThat(context.checkIns().checkIn(session.token(), "lobby-1", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        open(Role.STAFF);
        selectTab(robot, "Check-ins");
        TableView<CheckInRecord> list = robot.lookup("#checkInsTable").queryAs(TableView.class);
        FxWait.waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).contactName()).isEqualTo("Alice Pauline");
        assertThat(list.getItems().get(0).terminalId()).isEqualTo("lobby-1");
        assertThat(robot.lookup("Waiting").tryQuery()).isPresent();

        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "#markSeenButton");
        FxWait.waitUntil(
                () -> !list.getItems().isEmpty() && !list.getItems().get(0).waiting());
        assertThat(list.getItems().get(0).seenBy()).isEqualTo("ann");
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CHECK_IN_SEEN, null, null, 5)))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("ann"));
        assertThat(robot.lookup("#markSeenButton").queryAs(Button.class).isDisabled())
                .isTrue();
    }

    @Test
    void aNewCheckIn_isAnnouncedOverThePage_withoutMovingIt_andWithAWayToTheList(FxRobot robot) throws Exception {
        open(Role.STAFF);
        // Check-ins that were there when the window opened are listed, not announced: let that first read finish.
        selectTab(robot, "Check-ins");
        FxWait.waitUntil(
                () -> robot.lookup("#checkInsTable").queryAs(TableView.class).getPlaceholder() instanceof Label label
                        && label.getText().startsWith("No check-ins"));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        double pageTop =
                robot.lookup("#checkInsTable").query().localToScene(0, 0).getY();
        var session = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby-1");
        assertThat(context.checkIns().checkIn(session.token(), "lobby-1", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        context.contacts().add(TypicalContacts.CAROL, TestActor.STAFF);
        var carol = ClientSignIn.signIn(context, "carol.kurz@example.org", TypicalContacts.CAROL_LAST4, "lobby-2");
        assertThat(context.checkIns().checkIn(carol.token(), "lobby-2", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        selectTab(robot, "Outbox (demonstration)");
        selectTab(robot, "Check-ins");
        FxWait.waitUntil(() -> robot.lookup("#news").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#checkInsTable").query().localToScene(0, 0).getY())
                .as("where the page starts, with " + "the news shown (it had moved the page down by its height)")
                .isEqualTo(pageTop);
        Bounds news = robot.lookup("#news")
                .query()
                .localToScene(robot.lookup("#news").query().getLayoutBounds());
        assertThat(news.getMaxX()).isLessThanOrEqualTo(tabs.getScene().getWidth());
        assertThat(news.getMaxY()).isLessThanOrEqualTo(tabs.getScene().getHeight());
        assertThat(robot.lookup("#newsText").queryAs(Label.class).getText().lines())
                .as("the second does not " + "replace the first")
                .containsExactlyInAnyOrder(
                        "New check-in: Alice Pauline at lobby-1.", "New check-in: Carol Kurz at lobby-2.");
        FxWait.waitUntil(() -> tabs.getTabs().stream().anyMatch(t -> "Check-ins (2 waiting)".equals(t.getText())));
        selectTab(robot, "Contacts");
        press(robot, "#newsShow");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Check-ins (2 waiting)");
        assertThat(robot.lookup("#news").query().isVisible())
                .as("the news once shown: "
                        + robot.lookup("#newsText").queryAs(Label.class).getText())
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changeRequestsTab_showsWhatTheClientSaid_andMarkHandledClearsIt(FxRobot robot) throws Exception {
        var session = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby-1");
        context.changeRequests()
                .request(session.token(), EnumSet.of(ChangeTopic.MOBILE), "New number 917 555 0143", "lobby-1");
        open(Role.STAFF);
        selectTab(robot, "Change requests (1)");
        TableView<RequestDesk.Row> list = robot.lookup("#changeRequestsTable").queryAs(TableView.class);
        FxWait.waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).client()).isEqualTo("Alice Pauline");
        assertThat(list.getItems().get(0).request().note()).isEqualTo("New number 917 555 0143");
        var alice = context.contacts().get(list.getItems().get(0).request().contactId());
        ContactActivity activity = new ContactActivity(
                context.staffDesks().contactActivity(),
                new StaffSession(UUID.randomUUID(), "ann", "Ann Lee", Role.STAFF, false),
                "desk");
        assertThat(activity.load(alice).history())
                .anyMatch(line -> line.contains(
                        "change request: mobile number — \"New number 917 555 0143\" (waiting) at lobby-1"));

        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "#markHandled");
        FxWait.waitUntil(() -> list.getItems().isEmpty());
        assertThat(context.changeRequests().open()).isEmpty();
        assertThat(activity.load(alice).history()).anyMatch(line -> line.contains("(handled by ann)"));
    }

    @Test
    void integrityCheck_namesTheRowAlteredThroughJdbc(FxRobot robot) throws Exception {
        try (Connection db = RawSql.connect(dataDir)) {
            db.createStatement().executeUpdate("UPDATE audit_event SET terminal_id = 'forged' WHERE seq = 2");
        }
        open(Role.ADMIN);
        selectTab(robot, "Audit log");
        press(robot, "#verifyButton");
        FxWait.waitUntil(() ->
                robot.lookup("#verifyResult").queryAs(Label.class).getText().startsWith("✖"));
        assertThat(robot.lookup("#verifyResult").queryAs(Label.class).getText()).contains("Broken at event 2");
    }
}
