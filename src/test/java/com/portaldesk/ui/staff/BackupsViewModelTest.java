package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.backup.BackupPlan;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Backups screen's logic on a fake {@link BackupDesk}: no database, no FX toolkit, no waiting. */
@Tag("plain")
class BackupsViewModelTest {
    private final FakeDesk desk = new FakeDesk();
    private final BackupsViewModel model = new BackupsViewModel(desk, Work.direct());

    @Test
    void loading_showsThePlan_andTheWarning() {
        model.load();
        assertThat(model.enabledProperty().get()).isTrue();
        assertThat(model.dailyAtProperty().get()).isEqualTo("19:30");
        assertThat(model.keepProperty().get()).isEqualTo("14");
        assertThat(model.warningProperty().get()).isEqualTo("The last backup failed its check.");
    }

    @Test
    void aPlanWithWrongFields_marksEachOne_andSavesNothing() {
        model.load();
        model.dailyAtProperty().set("25:00");
        model.keepProperty().set("0");
        model.save();
        assertThat(model.error("time").get()).isNotEmpty();
        assertThat(model.error("keep").get()).isNotEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing was saved: correct the marked fields.");
        assertThat(desk.savedPlans).isEmpty();
    }

    @Test
    void aGoodPlan_isSaved_andSaysWhenBackupsWillBeTaken() {
        model.load();
        model.dailyAtProperty().set("21:15");
        model.save();
        assertThat(desk.savedPlans)
                .singleElement()
                .satisfies(plan -> assertThat(plan.dailyAt()).isEqualTo(LocalTime.of(21, 15)));
        assertThat(model.statusProperty().get()).startsWith("Saved. Backups will be taken daily at 21:15");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void backUpNow_goesIntoThePlansFolder_andAFailedCheckIsSaidPlainly() {
        model.load();
        model.folderProperty().set("  /srv/backups ");
        desk.nextCheckPasses = false;
        model.backUpNow();
        assertThat(desk.backedUpInto).containsExactly(Path.of("/srv/backups"));
        assertThat(model.statusProperty().get()).isEqualTo("The backup was taken but its check FAILED: 2 problems");
        model.folderProperty().set("");
        desk.nextCheckPasses = true;
        model.backUpNow();
        assertThat(desk.backedUpInto)
                .as("no folder: the data folder's backups")
                .containsExactly(Path.of("/srv/backups"), null);
        assertThat(model.statusProperty().get()).isEqualTo("Backup taken and checked: 12 contacts.");
    }

    @Test
    void aBackupThatCannotBeTaken_saysWhy() {
        desk.failing = true;
        model.backUpNow();
        assertThat(model.statusProperty().get()).isEqualTo("No backup was taken: the disk is full");
        assertThat(model.busyProperty().get()).isFalse();
    }

    private static final class FakeDesk implements BackupDesk {
        final List<BackupPlan> savedPlans = new ArrayList<>();
        final List<Path> backedUpInto = new ArrayList<>();
        boolean nextCheckPasses = true;
        boolean failing;

        @Override
        public BackupPlan plan() {
            return savedPlans.isEmpty()
                    ? new BackupPlan(true, "/srv/backups", LocalTime.of(19, 30), 14, 36)
                    : savedPlans.get(savedPlans.size() - 1);
        }

        @Override
        public List<BackupRecord> recent(int limit) {
            return List.of();
        }

        @Override
        public Optional<String> warning() {
            return Optional.of("The last backup failed its check.");
        }

        @Override
        public void save(BackupPlan plan) {
            savedPlans.add(plan);
        }

        @Override
        public Taken backUpNow(Path folder) {
            if (failing) {
                throw new IllegalStateException("the disk is full");
            }
            backedUpInto.add(folder);
            return nextCheckPasses ? new Taken(true, "12 contacts") : new Taken(false, "2 problems");
        }
    }
}
