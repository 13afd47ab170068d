package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The recovery-key screen's logic on a fake {@link RecoveryKeyDesk}: no database, no FX toolkit, no waiting. */
@Tag("plain")
class RecoveryKeyViewModelTest {
    private final FakeDesk desk = new FakeDesk();
    private final AtomicBoolean done = new AtomicBoolean();
    private final RecoveryKeyViewModel model = new RecoveryKeyViewModel(desk, Work.direct(), () -> done.set(true));

    @Test
    void theKey_isShownInGroups_andOneGroupIsAskedFor() {
        model.load("after first-run setup");
        assertThat(model.groups()).containsExactly("2T05Z", "EM6HY", "HRPNS");
        assertThat(model.groupToTypeProperty().get()).isEqualTo(2);
        assertThat(desk.shownWhere).containsExactly("after first-run setup");
    }

    @Test
    void aWrongGroup_isRefused_andTheRightOneGoesOn_withTheKeyOffTheScreen() {
        model.load("sign-in");
        model.typedProperty().set("HRPNS");
        model.confirm();
        assertThat(model.errorProperty().get()).startsWith("That is not group 2.");
        assertThat(done).isFalse();
        model.typedProperty().set("EM6HY");
        model.confirm();
        assertThat(done).isTrue();
        assertThat(model.groups()).isEmpty();
    }

    @Test
    void theSheet_isSaved_orSaysWhyNot() {
        model.saveSheet(Path.of("recovery-sheet.pdf"));
        assertThat(model.statusProperty().get()).startsWith("Saved recovery-sheet.pdf.");
        desk.diskFull = true;
        model.saveSheet(Path.of("recovery-sheet.pdf"));
        assertThat(model.statusProperty().get()).isEqualTo("The sheet was not saved: the disk is full");
        assertThat(model.busyProperty().get()).isFalse();
    }

    private static final class FakeDesk implements RecoveryKeyDesk {
        final List<String> shownWhere = new ArrayList<>();
        boolean diskFull;

        @Override
        public List<String> show(String where) {
            shownWhere.add(where);
            return List.of("2T05Z", "EM6HY", "HRPNS");
        }

        @Override
        public int groupToConfirm() {
            return 2;
        }

        @Override
        public void saveSheet(Path pdf) {
            if (diskFull) {
                throw new IllegalStateException("the disk is full");
            }
        }

        @Override
        public boolean confirm(int group, String typed) {
            return group == 2 && typed.equals("EM6HY");
        }
    }
}
