package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.FxWait;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The admin screens under one tab: moving between them asks before unsaved changes are left behind. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class AdminAreaTest {
    private final List<String> asked = new ArrayList<>();
    private final AtomicBoolean agree = new AtomicBoolean();
    private final AtomicBoolean securityDirty = new AtomicBoolean();
    private final List<String> shown = new ArrayList<>();
    private AdminArea area;

    @Start
    void start(Stage stage) {
        area = new AdminArea(name -> {
            asked.add(name);
            return agree.get();
        });
        area.add(new AdminArea.Section(
                "Security settings", "", new Label("security"), () -> shown.add("security"), securityDirty::get));
        area.add(new AdminArea.Section("Backups", "", new Label("backups"), () -> shown.add("backups"), () -> false));
        stage.setScene(new Scene((Parent) area.root(), 800, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private String selected(FxRobot robot) {
        ListView<AdminArea.Section> list = robot.lookup("#adminSections").queryAs(ListView.class);
        return list.getSelectionModel().getSelectedItem().name();
    }

    @Test
    void nothingUnsaved_movesWithoutAsking_andEachSectionReloadsWhenShown(FxRobot robot) {
        robot.interact(() -> area.show("Backups"));
        assertThat(selected(robot)).isEqualTo("Backups");
        assertThat(asked).isEmpty();
        assertThat(shown).containsExactly("security", "backups");
        assertThat(area.mayLeaveTab()).isTrue();
    }

    @Test
    void unsavedChanges_askFirst_andStayingKeepsTheSectionOnScreenWithoutReloading(FxRobot robot) throws Exception {
        securityDirty.set(true);
        robot.interact(() -> area.show("Backups"));
        FxWait.waitUntil(() -> "Security settings".equals(selected(robot)));
        assertThat(asked).containsExactly("Security settings");
        assertThat(shown).containsExactly("security"); // not reloaded: what was typed is still there
        assertThat(area.mayLeaveTab()).isFalse();

        agree.set(true);
        robot.interact(() -> area.show("Backups"));
        assertThat(selected(robot)).isEqualTo("Backups");
        assertThat(shown).containsExactly("security", "backups");
    }
}
