package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import java.nio.file.Path;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class OutboxScreenTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private Background background;

    @Start
    void start(Stage stage) throws Exception {
        context = TestDatabase.open(dataDir, MutableClock.at("2026-06-01T10:00:00Z"));
        context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        context.verification().engine().start("alice@example.com", "6879", Channel.SMS, "lobby");
        background = new Background();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
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
        background.shutdown();
        context.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void outboxTab_showsTheKeptCodeUnderADemonstrationBanner(FxRobot robot) throws Exception {
        robot.clickOn("Outbox (demonstration)");
        TableView<OutboxEntry> table = robot.lookup(".outbox-view .table-view").queryAs(TableView.class);
        FxWait.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).destinationMasked()).isEqualTo("•••01");
        assertThat(table.getItems().get(0).body()).contains("your verification code is");
        assertThat(robot.lookup(".demo-banner").queryAs(Label.class).getText())
                .startsWith("Demonstration: not delivered");
        assertThat(robot.lookup("#deliveryLabel").queryAs(Label.class).getText())
                .contains("Outbox (demonstration");
    }
}
