package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.FakeContacts;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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

/**
 * Someone who moves through the contacts screen with Tab sees where they are at every stop: each place the focus lands
 * looks different while it has the focus (a ring, a border, a highlight) than once the focus has moved on.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class FocusRingTest {
    private static final int MOST_STOPS = 40;
    /** The ring may be drawn just outside the control. */
    private static final double AROUND = 4;

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
        // More than a page of them, so that the pager's "Next ›" is a stop too.
        context.contactImport()
                .run(
                        context.contactImport().judgeInputs(FakeContacts.generate(260, 7)),
                        ImportMode.VALID_ROWS,
                        ImportProgress.NONE,
                        "test",
                        TestActor.STAFF);
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        background.shutdown();
        context.close();
    }

    @Test
    void everyTabStopOfTheContactsScreen_showsThatItHasTheFocus(FxRobot robot) throws Exception {
        FxWait.onFxThread(() -> {
            new MainWindow(
                            stage,
                            context.staffDesks(),
                            background,
                            new StaffSession(UUID.randomUUID(), "ann", "Ann Lee", Role.ADMIN, true),
                            () -> {})
                    .show();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        // With a contact chosen, so that its buttons and the "Selected" menu are stops too.
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.waitUntil(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(row -> ((TableRow<?>) row).getItem() != null));
        robot.clickOn(robot.lookup(".table-row-cell").queryAll().iterator().next());
        robot.clickOn("#search");
        Set<Node> visited = new LinkedHashSet<>();
        List<String> unmarked = new ArrayList<>();
        List<String> moving = new ArrayList<>();
        Node search = robot.lookup("#search").query();
        double searchAt = FxWait.onFxThread(() -> search.localToScene(0, 0).getY());
        for (int stop = 0; stop < MOST_STOPS; stop++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = stage.getScene().getFocusOwner();
            if (!visited.add(focused)) {
                break; // round again
            }
            Bounds where = FxWait.onFxThread(() -> focused.localToScene(focused.getBoundsInLocal()));
            WritableImage withFocus = shot(robot); // drawn, so laid out with the ring
            if (FxWait.onFxThread(() -> search.localToScene(0, 0).getY()) != searchAt) {
                moving.add(describe(focused)); // a ring must not push the screen about
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            if (stage.getScene().getFocusOwner() == focused) {
                break;
            }
            if (same(withFocus, shot(robot), where)) {
                unmarked.add(describe(focused));
            }
        }
        assertThat(visited.stream().map(FocusRingTest::describe).toList())
                .as("the screen has several tab stops")
                .hasSizeGreaterThan(5);
        assertThat(unmarked)
                .as("tab stops that look the same with and without the focus")
                .isEmpty();
        assertThat(moving).as("tab stops whose focus ring moves the screen").isEmpty();
    }

    private WritableImage shot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        return image[0];
    }

    private static boolean same(WritableImage before, WritableImage after, Bounds where) {
        PixelReader a = before.getPixelReader();
        PixelReader b = after.getPixelReader();
        int fromX = (int) Math.max(0, where.getMinX() - AROUND);
        int toX = (int) Math.min(before.getWidth() - 1, where.getMaxX() + AROUND);
        int fromY = (int) Math.max(0, where.getMinY() - AROUND);
        int toY = (int) Math.min(before.getHeight() - 1, where.getMaxY() + AROUND);
        for (int x = fromX; x <= toX; x++) {
            for (int y = fromY; y <= toY; y++) {
                if (a.getArgb(x, y) != b.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text;
    }
}
