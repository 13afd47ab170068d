package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.CutOff;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
        background.shutdown();
        context.close();
    }

    @Test
    void everyTabAndAdminScreen_showsItsTextWhole_at1280x800(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            new MainWindow(stage, context.staffServices(), background, new StaffSession(UUID.randomUUID(), "ann",
                    "Ann Lee", Role.ADMIN, true), () -> { }).show();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        List<String> cut = new ArrayList<>();
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            cut.addAll(look(robot, tabs.getTabs().get(index).getText()));
            if (tabs.getTabs().get(index).getText().equals(MainWindow.SETTINGS)) {
                ListView<?> sections = robot.lookup("#adminSections").queryAs(ListView.class);
                for (int s = 0; s < sections.getItems().size(); s++) {
                    int section = s;
                    robot.interact(() -> sections.getSelectionModel().select(section));
                    cut.addAll(look(robot, "Settings section " + section));
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    /** What is cut off once the screen has drawn (its column headers fitted after the first layout). */
    private List<String> look(FxRobot robot, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> CutOff.in(stage.getScene().getRoot()).forEach(text -> found.add(where + ": " + text)));
        return found;
    }
}
