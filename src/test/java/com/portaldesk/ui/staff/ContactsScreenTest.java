package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import java.nio.file.Path;
import java.util.UUID;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
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

/** The real contacts screen on a real database, driven headless through TestFX and Monocle. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class ContactsScreenTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private Background background;

    @Start
    void start(Stage stage) throws Exception {
        context = TestDatabase.open(dataDir);
        TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The size the sign-in screen leaves the window at, as in the program: the whole window on the (1280×800)
        // screen. Without it the window took its contents' height, and a button at its foot was off the screen
        // (this test failed when run on its own: a test before it in the same JVM had sized the window).
        stage.setScene(new Scene(new Pane(), 1280, 800));
        new MainWindow(
                        stage,
                        context.staffDesks(),
                        background,
                        new StaffSession(UUID.randomUUID(), "ann", "Ann Lee", Role.STAFF, false),
                        () -> {})
                .show();
    }

    @AfterEach
    void close() {
        FxWait.hideEveryWindow();
        background.shutdown();
        context.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ContactRecord> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void opens_showingEveryActiveContactWithMaskedSsn(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        assertThat(table(robot).getItems())
                .extracting(ContactRecord::maskedSecret)
                .contains("•••-••-6879")
                .noneMatch(s -> s.contains("123"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("4 contacts");
    }

    @Test
    void search_narrowsTheTableAsYouType(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#search").write("kurz");
        FxWait.waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).displayName()).isEqualTo("Carol Kurz");
        robot.doubleClickOn("#search").eraseText(4).write("4321");
        FxWait.waitUntil(() -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).displayName().equals("Bob Pauline"));
    }

    @Test
    void add_withBadEmail_showsMessageBesideTheField_thenSavesWhenFixed(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#addButton");
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isPresent());
        robot.clickOn("#firstName").write("Erin");
        robot.clickOn("#lastName").write("Ostrander");
        double ssnTop = robot.lookup("#ssn").query().localToScene(0, 0).getY();
        robot.clickOn("#email").write("erin@example");
        FxWait.waitUntil(() ->
                !robot.lookup("#emailError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#emailError").queryAs(Label.class).getText()).contains("name@example.com");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ssn").query().localToScene(0, 0).getY())
                .as("fields below stay put")
                .isEqualTo(ssnTop);

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.contacts().search(ContactQuery.active("erin")).rows())
                .isEmpty();
        FxWait.waitUntil(() -> robot.lookup("#email").query().isFocused()); // the field to fix, not Save

        robot.clickOn("#email").write(".com");
        robot.clickOn("#ssn").write("4455");
        robot.clickOn("#showSsn");
        assertThat(robot.lookup("#ssnShown").queryAs(TextField.class).getText()).isEqualTo("4455");
        assertThat(robot.lookup("#ssnShown").query().isVisible()).isTrue();
        assertThat(robot.lookup("#ssn").query().isVisible()).isFalse();
        FxWait.waitUntil(
                () -> robot.lookup("#emailError").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#save");
        FxWait.waitUntil(() ->
                table(robot).getItems().stream().anyMatch(c -> c.displayName().equals("Erin Ostrander")));
        ContactRecord erin =
                context.contacts().search(ContactQuery.active("erin")).rows().get(0);
        assertThat(erin.email()).isEqualTo("erin@example.com");
        assertThat(erin.maskedSecret()).isEqualTo("•••-••-4455");
    }

    @Test
    void closingAFormWithSomethingTyped_asksFirst_andKeepsItUnlessTheyDiscard(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#addButton");
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isPresent());
        robot.clickOn("#cancel");
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isEmpty()); // nothing typed: no question

        robot.clickOn("#addButton");
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isPresent());
        robot.clickOn("#firstName").write("Erin");
        robot.type(KeyCode.ESCAPE); // a stray Escape
        FxWait.waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .button")
                        .match((Button b) -> b.isDefaultButton())
                        .queryButton()
                        .getText())
                .isEqualTo("Keep editing");
        robot.type(KeyCode.ENTER); // and a stray Enter: it keeps the form
        FxWait.waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isEmpty());
        assertThat(robot.lookup("#firstName").queryTextInputControl().getText()).isEqualTo("Erin");

        robot.clickOn("#cancel");
        FxWait.waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isEmpty());
        assertThat(context.contacts().search(ContactQuery.active("erin")).rows())
                .isEmpty();
    }

    @Test
    void add_clashingEmailAndLastFour_isRefusedNamingTheOther(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#addButton");
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isPresent());
        robot.clickOn("#firstName").write("Al");
        robot.clickOn("#email").write("alice@example.com");
        robot.clickOn("#ssn").write("6879");
        robot.clickOn("#save");
        FxWait.waitUntil(
                () -> robot.lookup("#formError").queryAs(Label.class).getText().contains("Alice Pauline"));
        assertThat(context.contacts()
                        .search(ContactQuery.active("alice@example.com"))
                        .rows())
                .hasSize(2);
    }

    @Test
    void archive_removesFromActiveListAndShowsInArchived(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("Carol Kurz");
        robot.clickOn("#archiveButton");
        FxWait.waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        // The list may drop Carol first (the 5-second check for changes can see the archive before its own answer
        // arrives), so wait for both.
        FxWait.waitUntil(() -> table(robot).getItems().size() == 3
                && "Archived Carol Kurz."
                        .equals(robot.lookup("#notice").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#undoButton").query().isVisible()).isTrue();
        assertThat(context.contacts()
                        .search(new ContactQuery("", ContactQuery.Scope.ARCHIVED, 10))
                        .rows())
                .extracting(ContactRecord::displayName)
                .containsExactly("Carol Kurz");
    }

    @Test
    void aSearchThatHidesSelectedRows_leavesOnlyTheShownOnesSelected_andTheBulkArchiveActsOnThoseAlone(FxRobot robot)
            throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("Alice Pauline");
        robot.press(KeyCode.CONTROL)
                .clickOn("Bob Pauline")
                .clickOn("Carol Kurz")
                .release(KeyCode.CONTROL);
        FxWait.waitUntil(
                () -> table(robot).getSelectionModel().getSelectedItems().size() == 3);

        robot.clickOn("#search").write("pauline");
        FxWait.waitUntil(() -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getSelectionModel().getSelectedItems())
                .as("highlighted: the shown ones still selected")
                .extracting(ContactRecord::displayName)
                .containsExactlyInAnyOrder("Alice Pauline", "Bob Pauline");
        assertThat(robot.lookup("#bulkButton").queryAs(MenuButton.class).getText())
                .isEqualTo("2 selected");
        assertThat(robot.lookup("#bulkButton").queryAs(MenuButton.class).getItems())
                .filteredOn(item -> "bulkRestore".equals(item.getId()))
                .singleElement()
                .as("active contacts cannot be restored")
                .matches(MenuItem::isDisable);
        assertThat(robot.lookup("#detailName").queryAs(Label.class).getText()).isNotEqualTo("No contact selected");
        Label ofSeveral = robot.lookup("#detailOfSeveral").queryAs(Label.class);
        assertThat(ofSeveral.isVisible())
                .as("the panel says it shows one of several")
                .isTrue();
        assertThat(ofSeveral.getText()).startsWith("2 contacts selected.");

        robot.clickOn("#bulkButton").clickOn("Archive selected…");
        FxWait.waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        Node up = robot.lookup("#confirmButton").query();
        while (!(up instanceof DialogPane)) {
            up = up.getParent();
        }
        String question = ((Label) up.lookup("#dialogMessage")).getText();
        Window asking = up.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(asking.getX())
                .as("the question is on the screen")
                .isBetween(screen.getMinX(), screen.getMaxX() - asking.getWidth());
        assertThat(asking.getY()).isBetween(screen.getMinY(), screen.getMaxY() - asking.getHeight());
        assertThat(question).contains("Alice Pauline").contains("Bob Pauline").doesNotContain("Carol");
        robot.clickOn("#confirmButton");
        FxWait.waitUntil(() -> "Archived 2 contacts."
                .equals(robot.lookup("#notice").queryAs(Label.class).getText()));
        assertThat(context.contacts()
                        .search(new ContactQuery("", ContactQuery.Scope.ARCHIVED, 10))
                        .rows())
                .extracting(ContactRecord::displayName)
                .containsExactlyInAnyOrder("Alice Pauline", "Bob Pauline");

        // Undo appears with the notice; it is clicked where it is drawn, once the row it joins is laid out again.
        Button undo = robot.lookup("#undoButton").queryAs(Button.class);
        FxWait.waitUntil(() ->
                undo.isVisible() && undo.getWidth() > 0 && !undo.getParent().isNeedsLayout());
        robot.clickOn(undo);
        FxWait.waitUntil(() -> context.contacts()
                .search(new ContactQuery("", ContactQuery.Scope.ARCHIVED, 10))
                .rows()
                .isEmpty());
        FxWait.waitUntil(
                () -> robot.lookup("#notice").queryAs(Label.class).getText().startsWith("Undone: Restored 2"));
    }

    @Test
    void theEmptyPanel_doesNotKeepThePreviousContactsColour(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("Daniel Meier");
        Label readiness = robot.lookup("#detailReadiness").queryAs(Label.class);
        FxWait.waitUntil(() -> readiness.getStyleClass().contains("warning"));
        robot.clickOn("#search").write("nobody-by-this-name");
        FxWait.waitUntil(() -> table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailName").queryAs(Label.class).getText()).isEqualTo("No contact selected");
        assertThat(readiness.getStyleClass()).doesNotContain("warning", "success");
    }

    @Test
    void selecting_showsWhyAContactIsNotPortalReady(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("Daniel Meier");
        FxWait.waitUntil(() ->
                robot.lookup("#detailReadiness").queryAs(Label.class).getText().contains("No SSN"));
    }
}
