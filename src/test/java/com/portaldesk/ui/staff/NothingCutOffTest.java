package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.CutOff;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.FxDialogService;
import com.portaldesk.ui.common.TextSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the smallest supported window (1280×800), every tab and every admin screen shows its labels, buttons and column
 * headers whole: nothing ends in an ellipsis that the person would have to guess at.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class NothingCutOffTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private Background background;
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        context = TestDatabase.open(dataDir, MutableClock.at("2026-09-01T09:00:00Z"));
        TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        FxWait.hideEveryWindow();
        background.shutdown();
        context.close();
    }

    @Test
    void everyTabAndAdminScreen_showsItsTextWhole_at1280x800(FxRobot robot) {
        assertThat(cutOffEverywhere(robot, 100)).isEmpty();
    }

    @Test
    void everyTabAndAdminScreen_showsItsTextWhole_atTheLargestTextSize(FxRobot robot) {
        assertThat(cutOffEverywhere(robot, TextSize.LARGEST)).isEmpty();
    }

    /**
     * At 200% text in the smallest window a table still shows a screenful of rows: the audit log once had room for
     * one, with the rest of the window taken by padding grown with the text.
     */
    @Test
    void everyTable_showsSeveralRows_atTheLargestTextSize(FxRobot robot) throws Exception {
        ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby-1"); // the Outbox's
        mainWindow(TextSize.LARGEST);
        List<String> cramped = new ArrayList<>();
        everyScreen(
                robot,
                where -> robot.interact(() -> {
                    for (Node node : stage.getScene().getRoot().lookupAll(".table-view")) {
                        if (node instanceof TableView<?> table
                                && shown(table)
                                && !table.getItems().isEmpty()
                                && table.lookup(".table-row-cell") instanceof IndexedCell<?> row
                                && table.lookup(".virtual-flow") instanceof Region flow) {
                            double rows = flow.getHeight() / row.getHeight();
                            if (rows < LEAST_ROWS) {
                                cramped.add(String.format(
                                        "%s: %s shows %.1f rows (%.0f px, rows of %.0f px)",
                                        where, table.getId(), rows, flow.getHeight(), row.getHeight()));
                            }
                        }
                    }
                }));
        assertThat(cramped).isEmpty();
    }

    private static final double LEAST_ROWS = 4;

    /** Each Settings section's hint uses the list's width: at 200% a fixed width had made it four short lines. */
    @Test
    void theSettingsSectionHints_useTheListsWidth_atTheLargestTextSize(FxRobot robot) {
        mainWindow(TextSize.LARGEST);
        showTab(robot, MainWindow.SETTINGS);
        List<String> tall = new ArrayList<>();
        robot.interact(() -> {
            ListView<?> sections = robot.lookup("#adminSections").queryAs(ListView.class);
            for (Node node : sections.lookupAll(".text-small")) {
                Label hint = (Label) node;
                double lines = hint.getHeight() / (hint.getFont().getSize() * LINE_SPACING);
                if (hint.isVisible() && hint.getText() != null && lines > 2.5) {
                    tall.add(String.format(
                            "\"%s\" takes %.1f lines, %.0f px across", hint.getText(), lines, hint.getWidth()));
                }
            }
        });
        assertThat(tall).isEmpty();
    }

    /** A long email address in the contact panel wraps before its "@" or after a dot, never inside a word. */
    @Test
    void aLongEmail_wrapsWhereItsPartsStart_atTheLargestTextSize(FxRobot robot) throws Exception {
        String email = "christopher.abernathy-worthington@lee-and-partners-accounting.example.com";
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Aaron", "Abernathy")
                                .withEmail(email)
                                .withMobile("")
                                .withSsn("")
                                .withChannel("email")
                                .build(),
                        TestActor.STAFF);
        mainWindow(TextSize.LARGEST);
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        Region panel = robot.lookup("#details").queryAs(Region.class);
        FxWait.waitUntil(() ->
                panel.lookupAll(".label").stream().anyMatch(label -> email.startsWith(((Labeled) label).getText())));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = new ArrayList<>();
        robot.interact(() -> {
            // Each line as drawn, from the text nodes' positions: a wrapped label gives one entry per line.
            TreeMap<Double, StringBuilder> byY = new TreeMap<>();
            for (Node node : panel.lookupAll(".text")) {
                Text text = (Text) node;
                double lineHeight = text.getFont().getSize() * LINE_SPACING;
                String shown = text.getText();
                Bounds box = text.getLayoutBounds();
                for (double y = box.getMinY() + lineHeight / 2; y < box.getMaxY(); y += lineHeight) {
                    int from = text.hitTest(new Point2D(0.5, y)).getInsertionIndex();
                    int to = text.hitTest(new Point2D(1e6, y)).getInsertionIndex();
                    double sceneY = Math.round(text.localToScene(0, y).getY());
                    byY.computeIfAbsent(sceneY, k -> new StringBuilder())
                            .append(shown, Math.min(from, shown.length()), Math.min(to, shown.length()));
                }
            }
            byY.values().forEach(line -> lines.add(line.toString().strip()));
        });
        String joined = String.join("", lines);
        assertThat(joined).as("the address whole, in " + lines).contains(email);
        List<String> addressLines = lines.stream()
                .filter(line -> !line.isEmpty() && email.contains(line))
                .toList();
        assertThat(addressLines).as("the address wrapped at all").hasSizeGreaterThan(1);
        for (String line : addressLines.subList(1, addressLines.size())) {
            int at = email.indexOf(line);
            assertThat(line.startsWith("@") || "-.".indexOf(email.charAt(at - 1)) >= 0)
                    .as("\"%s\" starts inside a word, in %s", line, addressLines)
                    .isTrue();
        }
    }

    /** At 200% the report's pages keep a readable height; the page scrolls as a whole instead (they had 35 px). */
    @Test
    void theReportPreview_keepsAReadableHeight_atTheLargestTextSize(FxRobot robot) {
        mainWindow(TextSize.LARGEST);
        showTab(robot, "Reports");
        ScrollPane preview = robot.lookup("#preview").queryAs(ScrollPane.class);
        assertThat(preview.getHeight())
                .as("the pages' view, in a window %s px high", stage.getHeight())
                .isGreaterThan(stage.getHeight() / 3);
    }

    /**
     * At 200% the dashboard's chart keeps its legend, the only key to which line is which: squeezed below the
     * warnings, the chart had dropped it. The page scrolls as a whole instead.
     */
    @Test
    void theDashboardChart_keepsItsLegend_atTheLargestTextSize(FxRobot robot) {
        mainWindow(TextSize.LARGEST);
        showTab(robot, "Dashboard");
        Node legend = robot.lookup("#activityChart .chart-legend").query();
        assertThat(legend.isVisible())
                .as("the chart's legend, in a window %s px high", stage.getHeight())
                .isTrue();
        assertThat(legend.getLayoutBounds().getHeight())
                .as("the legend's height")
                .isPositive();
    }

    /** A chosen date shows whole in its picker at the usual size: the Reports period read "11/1/202". */
    @Test
    void everyDatePicker_showsAWholeDate(FxRobot robot) {
        for (int size : new int[] {100, TextSize.LARGEST}) {
            mainWindow(size);
            List<String> cut = new ArrayList<>();
            everyScreen(
                    robot,
                    where -> robot.interact(() -> {
                        for (Node node : stage.getScene().getRoot().lookupAll(".date-picker")) {
                            DatePicker picker = (DatePicker) node;
                            if (!shown(picker)) {
                                continue;
                            }
                            TextField editor = picker.getEditor();
                            Text longest = new Text(picker.getConverter().toString(LocalDate.of(2026, 12, 30)));
                            longest.setFont(editor.getFont());
                            double room = editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset();
                            if (longest.getLayoutBounds().getWidth() > room) {
                                cut.add(String.format(
                                        "%d%%, %s: %s needs %.0f px, has %.0f",
                                        size,
                                        where,
                                        picker.getId(),
                                        longest.getLayoutBounds().getWidth(),
                                        room));
                            }
                        }
                    }));
            assertThat(cut).isEmpty();
        }
    }

    /** A line of text is about this many times its font size tall. */
    private static final double LINE_SPACING = 1.2;

    /** On the screen: it and everything it is in are visible (another tab's table is in the scene, unseen). */
    private static boolean shown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theContactDialog_withAnErrorOnEveryField_showsEveryWordAndItsButtons(FxRobot robot) throws Exception {
        assertThat(contactDialogWithErrors(robot, 100)).isEmpty();
    }

    @Test
    void theContactDialog_withAnErrorOnEveryField_showsEveryWordAndItsButtons_atTheLargestTextSize(FxRobot robot)
            throws Exception {
        assertThat(contactDialogWithErrors(robot, TextSize.LARGEST)).isEmpty();
    }

    @Test
    void controlPlus_growsEveryWordOfTheWindow_andControlZeroBringsItBack(FxRobot robot) {
        mainWindow(100);
        Label session = robot.lookup("#sessionLabel").queryAs(Label.class);
        double usual = session.getFont().getSize();
        Node filter = robot.lookup("#filter").query();
        double usualFilterWidth = filter.getLayoutBounds().getWidth();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT) // "Ctrl + plus" as typed
                .type(KeyCode.EQUALS)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.getFont().getSize()).isCloseTo(usual * 1.5, Offset.offset(0.1));
        assertThat(robot.lookup("#textSizeButton").queryAs(MenuButton.class).getText())
                .isEqualTo("Text 150%");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.getFont().getSize()).isEqualTo(usual);
        assertThat(filter.getLayoutBounds().getWidth())
                .as("a choice box as wide as before, not as at 150%")
                .isEqualTo(usualFilterWidth);
    }

    @Test
    void theAddStaffDialog_withAProblemBesideEveryField_showsItsTextWhole_atTheLargestTextSize(FxRobot robot)
            throws Exception {
        mainWindow(TextSize.LARGEST);
        showTab(robot, MainWindow.SETTINGS);
        ListView<?> sections = robot.lookup("#adminSections").queryAs(ListView.class);
        robot.interact(() -> sections.getSelectionModel()
                .select(IntStream.range(0, sections.getItems().size())
                        .filter(i -> sections.getItems().get(i).toString().contains("name=Staff,"))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> robot.lookup("#addStaffButton").queryButton().fire()); // waits for its answer
        FxWait.waitUntil(() -> robot.lookup("#newStaffUser").tryQuery().isPresent());
        Button ok = robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.isDefaultButton())
                .queryButton();
        List<String> found = new ArrayList<>(wholeOnScreen(robot, ok.getScene(), "Add staff, as opened"));
        robot.clickOn("#newStaffUser").write("b");
        robot.clickOn("#newStaffPassword").write("short");
        robot.clickOn(ok);
        FxWait.waitUntil(() -> !ok.isDisabled()
                && !robot.lookup("#newStaffError-PASSWORD")
                        .queryLabeled()
                        .getText()
                        .isEmpty());
        found.addAll(wholeOnScreen(robot, ok.getScene(), "Add staff, with its problems"));
        assertThat(found).isEmpty();
    }

    /** What is cut off in a dialog, runs past its edge or scrolls sideways, and whether it is within the screen. */
    private List<String> wholeOnScreen(FxRobot robot, Scene dialog, String where) {
        List<String> found = new ArrayList<>(look(robot, dialog, where));
        robot.interact(() -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Window window = dialog.getWindow();
            if (window.getX() < screen.getMinX()
                    || window.getX() + window.getWidth() > screen.getMaxX() + 0.5
                    || window.getY() < screen.getMinY()
                    || window.getY() + window.getHeight() > screen.getMaxY() + 0.5) {
                found.add(String.format(
                        where + ": the dialog (%.0f,%.0f %.0f×%.0f) runs past the screen %s",
                        window.getX(),
                        window.getY(),
                        window.getWidth(),
                        window.getHeight(),
                        screen));
            }
            for (Node node : dialog.getRoot().lookupAll(".scroll-pane")) {
                ScrollPane scrolling = (ScrollPane) node;
                double across = scrolling.getContent().getLayoutBounds().getWidth();
                if (across > scrolling.getViewportBounds().getWidth() + 0.5) {
                    found.add(String.format(
                            where + ": the form is %.0f px across in a view %.0f px across",
                            across,
                            scrolling.getViewportBounds().getWidth()));
                }
            }
            for (Node node : dialog.getRoot().lookupAll(".label")) {
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                if (node.isVisible() && bounds.getMaxX() > dialog.getWidth() + 0.5) {
                    found.add(where + ": past the dialog's right edge: " + ((Labeled) node).getText());
                }
            }
        });
        return found;
    }

    @Test
    void aConfirmation_atTheLargestTextSize_showsItsQuestionWhole(FxRobot robot) throws Exception {
        mainWindow(TextSize.LARGEST);
        String question = "Archive Alice Pauline <alice@example.com>, Bob Pauline <bob@example.com> and Carol Kurz? "
                + "They can no longer sign in to the portal, and they leave the list of active contacts. You can undo "
                + "this, or restore them later from Archived contacts.";
        Platform.runLater(() -> new FxDialogService(stage)
                .confirm("Archive 3 contacts?", question, "Archive 3")); // waits for its answer
        FxWait.waitUntil(() -> robot.lookup("#dialogMessage").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#dialogMessage").queryAs(Label.class);
        Node up = message;
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        ScrollPane view = (ScrollPane) up;
        double[] heights = new double[2];
        robot.interact(() -> {
            heights[0] = view.getViewportBounds().getHeight();
            heights[1] = message.getHeight();
        });
        assertThat(heights[0])
                .as("the question's view (%.0f px) against the question (%.0f px)", heights[0], heights[1])
                .isGreaterThanOrEqualTo(heights[1] - 0.5);
        List<String> found = new ArrayList<>(look(robot, message.getScene(), "Confirmation"));
        assertThat(found).isEmpty();
    }

    @Test
    void aTablesColumns_afterTheLargestTextAndBack_areAsWideAsBefore(FxRobot robot) {
        mainWindow(100);
        showTab(robot, "Audit log");
        TableView<?> events = robot.lookup("#events").queryAs(TableView.class);
        List<Double> usual = columnWidths(robot, events);
        for (int step = 0; step < TextSize.STEPS.size(); step++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> after = columnWidths(robot, events);
        for (int i = 0; i < usual.size(); i++) { // the table shares out its width again: close to, not exactly, before
            assertThat(after.get(i))
                    .as("column %d at 100%%, after 200%% and Ctrl+0 (widths before %s, after %s)", i, usual, after)
                    .isCloseTo(usual.get(i), Percentage.withPercentage(10));
        }
        assertThat(after.stream().mapToDouble(Double::doubleValue).sum())
                .as("fits the table without scrolling")
                .isLessThanOrEqualTo(events.getWidth());
    }

    private static List<Double> columnWidths(FxRobot robot, TableView<?> table) {
        List<Double> widths = new ArrayList<>();
        robot.interact(() -> table.getColumns().forEach(column -> widths.add(Math.rint(column.getWidth()))));
        return widths;
    }

    @Test
    void theLockAndTheImportWizard_showTheirTextWhole_atTheLargestTextSize(FxRobot robot) throws Exception {
        MainWindow window = mainWindow(TextSize.LARGEST);
        robot.interact(window.contactActions()::importContacts);
        FxWait.waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isPresent());
        List<String> cut = new ArrayList<>(
                look(robot, robot.lookup("#chooseButton").query().getScene(), "Import"));
        robot.interact(
                () -> ((Stage) robot.lookup("#chooseButton").query().getScene().getWindow()).close());
        robot.interact(window::lockNow);
        cut.addAll(look(robot, stage.getScene(), "Locked"));
        assertThat(cut).isEmpty();
    }

    /**
     * A new contact with a mistake in every field it checks: what is cut off in the dialog, and whether its Save and
     * Cancel buttons are inside the window.
     */
    private List<String> contactDialogWithErrors(FxRobot robot, int textPercent) throws Exception {
        MainWindow window = mainWindow(textPercent);
        robot.interact(window.contactActions()::addContact);
        FxWait.waitUntil(() -> robot.lookup("#firstName").tryQuery().isPresent());
        robot.clickOn("#email").write("not an address at all, nowhere near");
        robot.clickOn("#mobile").write("12");
        robot.clickOn("#pin").write("1");
        robot.clickOn("#save");
        FxWait.waitUntil(() ->
                !robot.lookup("#emailError").queryAs(Label.class).getText().isEmpty()
                        && !robot.lookup("#lastNameError")
                                .queryAs(Label.class)
                                .getText()
                                .isEmpty());
        Scene dialog = robot.lookup("#save").query().getScene();
        List<String> found = new ArrayList<>(look(robot, dialog, textPercent + "%"));
        robot.interact(() -> {
            for (String button : List.of("#save", "#cancel")) {
                Bounds bounds = robot.lookup(button)
                        .query()
                        .localToScene(robot.lookup(button).query().getBoundsInLocal());
                if (bounds.getMaxX() > dialog.getWidth()
                        || bounds.getMaxY() > dialog.getHeight()
                        || bounds.getMinX() < 0
                        || bounds.getMinY() < 0) {
                    found.add(button + " is outside the " + dialog.getWidth() + "×" + dialog.getHeight() + " dialog: "
                            + bounds);
                }
            }
        });
        return found;
    }

    private MainWindow mainWindow(int textPercent) {
        MainWindow[] window = new MainWindow[1];
        FxWait.onFxThread(() -> {
            window[0] = new MainWindow(
                            stage,
                            context.staffDesks(),
                            background,
                            new StaffSession(UUID.randomUUID(), "ann", "Ann Lee", Role.ADMIN, true),
                            () -> {})
                    .withTextSize(new TextSize(textPercent, p -> {}))
                    .allowKioskMode(() -> {});
            window[0].show();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        return window[0];
    }

    private List<String> cutOffEverywhere(FxRobot robot, int textPercent) {
        mainWindow(textPercent);
        List<String> cut = new ArrayList<>();
        everyScreen(robot, where -> cut.addAll(look(robot, where)));
        return cut;
    }

    /** Shows every tab and every Settings section in turn, and has each looked at once it is shown. */
    /** Opens a tab of the main window by its title, as a click on it would, and lets the page settle. */
    private static void showTab(FxRobot robot, String title) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(tab -> tab.getText().equals(title))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void everyScreen(FxRobot robot, Consumer<String> lookAt) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            lookAt.accept(tabs.getTabs().get(index).getText());
            if (tabs.getTabs().get(index).getText().equals(MainWindow.SETTINGS)) {
                ListView<?> sections = robot.lookup("#adminSections").queryAs(ListView.class);
                for (int s = 0; s < sections.getItems().size(); s++) {
                    int section = s;
                    robot.interact(() -> sections.getSelectionModel().select(section));
                    WaitForAsyncUtils.waitForFxEvents();
                    lookAt.accept("Settings section " + section);
                }
            }
        }
    }

    /** What is cut off once the screen has drawn (its column headers fitted after the first layout). */
    private List<String> look(FxRobot robot, String where) {
        return look(robot, stage.getScene(), where);
    }

    private List<String> look(FxRobot robot, Scene scene, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            CutOff.in(scene.getRoot()).forEach(text -> found.add(where + ": " + text));
            CutOff.beyond(scene).forEach(text -> found.add(where + ": " + text));
            CutOff.sideways(scene.getRoot()).forEach(text -> found.add(where + ": " + text));
            CutOff.unreachableColumns(scene.getRoot()).forEach(text -> found.add(where + ": " + text));
        });
        return found;
    }
}
