package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.desks.RecoveryKeyDeskAdapter;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.RecoveryKey;
import com.portaldesk.testutil.CutOff;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.TextSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The recovery key screen an admin sees after signing in until one has confirmed it: only the asked group passes. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class RecoveryKeyScreenTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private Background background;
    private RecoveryKeyViewModel model;
    private RecoveryKeyView view;
    private final AtomicBoolean done = new AtomicBoolean();

    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        context = TestDatabase.open(dataDir);
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new RecoveryKeyViewModel(
                RecoveryKeyDeskAdapter.of(context.recoveryKeys(), TestActor.STAFF), background, () -> done.set(true));
        view = new RecoveryKeyView(model);
        stage.setScene(StaffScene.of(view.getRoot(), new TextSize(100, p -> {}), null));
        stage.show();
        model.load("in a test");
    }

    @AfterEach
    void close() {
        background.shutdown();
        context.close();
    }

    @Test
    void everyWordAndButton_isWhole_atTheUsualAndTheLargestTextSize(FxRobot robot) throws Exception {
        List<String> groups = RecoveryKey.groups(KeyFile.read(dataDir));
        FxWait.waitUntil(
                () -> robot.lookup("#key").queryAs(Label.class).getText().contains(groups.get(12)));
        // As after the sheet was saved: the status beside the button is what used to squeeze it.
        robot.interact(() -> model.statusProperty()
                .set("Saved portaldesk-recovery-sheet.pdf. Print it, lock it " + "away, then delete the file."));
        List<String> cut = new ArrayList<>();
        for (int percent : List.of(100, TextSize.LARGEST)) {
            robot.interact(() -> stage.setScene(StaffScene.of(view.getRoot(), new TextSize(percent, p -> {}), null)));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(
                    () -> CutOff.in(stage.getScene().getRoot()).forEach(text -> cut.add(percent + "%: " + text)));
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void theKeyIsShown_aWrongGroupIsRefusedBesideTheField_andTheAskedGroupConfirms(FxRobot robot) throws Exception {
        List<String> groups = RecoveryKey.groups(KeyFile.read(dataDir));
        FxWait.waitUntil(
                () -> robot.lookup("#key").queryAs(Label.class).getText().contains(groups.get(12)));
        assertThat(robot.lookup("#key").queryAs(Label.class).getText())
                .contains(groups.get(0))
                .contains(groups.get(7));
        int asked = model.groupToTypeProperty().get();
        assertThat(robot.lookup("#askGroup").queryAs(Label.class).getText()).contains("type group " + asked);

        String wrong = groups.get(asked % 13);
        robot.interact(() -> robot.lookup("#typed").queryAs(TextField.class).setText(wrong));
        robot.interact(() -> robot.lookup("#confirm").queryAs(Button.class).fire());
        FxWait.waitUntil(
                () -> !robot.lookup("#error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#error").queryAs(Label.class).getText()).contains("That is not group " + asked);
        assertThat(done).isFalse();
        assertThat(context.recoveryKeys().confirmed()).isFalse();

        robot.interact(() -> robot.lookup("#typed").queryAs(TextField.class).setText(groups.get(asked - 1)));
        robot.interact(() -> robot.lookup("#confirm").queryAs(Button.class).fire());
        FxWait.waitUntil(done::get);
        assertThat(context.recoveryKeys().confirmed()).isTrue();
    }
}
