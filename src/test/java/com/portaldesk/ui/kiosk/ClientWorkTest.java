package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.FxWait;
import com.portaldesk.ui.common.Background;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** An answer that outlives a wipe is never shown as if it were for the client now at the kiosk. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class ClientWorkTest {
    private final Background background = new Background();
    private final ClientWork work = new ClientWork(background);
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<String> late = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void anAnswerAfterAWipe_goesToTheCleanUp_andTheBusyIndicatorIsAlreadyOff(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> work.run(
                "Checking…",
                () -> {
                    release.await(10, TimeUnit.SECONDS);
                    return "approved for the previous client";
                },
                shown::add,
                late::add,
                () -> shown.add("failed")));
        assertThat(work.busy().get()).isTrue();

        robot.interact(work::forgetPending);
        assertThat(work.busy().get()).isFalse();
        release.countDown();
        FxWait.waitUntil(() -> !late.isEmpty());

        assertThat(late).containsExactly("approved for the previous client");
        assertThat(shown).isEmpty();
    }

    @Test
    void aCurrentAnswer_isShown_andClearsTheBusyIndicator(FxRobot robot) throws Exception {
        robot.interact(() -> work.run("Checking…", () -> "ok", shown::add, late::add, () -> shown.add("failed")));
        FxWait.waitUntil(() -> !shown.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).containsExactly("ok");
        assertThat(late).isEmpty();
        assertThat(work.busy().get()).isFalse();
        assertThat(work.busyKey().get()).isEmpty();
    }
}
