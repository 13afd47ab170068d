package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firm's automatic backups: taken once a day after the set time, checked, pruned, one workstation at a time. */
@Tag("db")
class BackupScheduleTest {
    private static final Actor SCHEDULER = new Actor("scheduled backup", "front-desk");

    @TempDir
    Path dir;

    private MutableClock clock;
    private AppContext context;
    private Path folder;

    @BeforeEach
    void open() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        clock = new MutableClock(
                day.atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant());
        context = TestDatabase.open(dir.resolve("data"), clock);
        context.contacts().add(new ContactBuilder().build(), TestActor.STAFF);
        folder = dir.resolve("share");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void plan(boolean on, int keep) {
        context.backupSchedule()
                .save(BackupPlan.parse(on, folder.toString(), "19:00", String.valueOf(keep), "48"), TestActor.STAFF);
    }

    @Test
    void nothingHappens_whileThePlanIsOff_andTheDashboardSaysSo() {
        assertThat(context.backupSchedule().runIfDue(SCHEDULER)).isEmpty();
        assertThat(context.backupSchedule().health().warning()).get().asString().contains("automatic backups are off");
    }

    @Test
    void oneBackupADay_afterTheSetTime_checked_andAudited() throws IOException {
        plan(true, 14);
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.BACKUP_PLAN_CHANGED, null, null, 10)))
                .singleElement()
                .extracting(e -> e.detail())
                .asString()
                .contains("daily at 19:00 into " + folder);

        assertThat(context.backupSchedule().runIfDue(SCHEDULER))
                .as("before 19:00")
                .isEmpty();
        clock.advance(Duration.ofMinutes(61));
        Optional<VerifyReport> first = context.backupSchedule().runIfDue(SCHEDULER);
        assertThat(first).isPresent();
        assertThat(first.get().passed()).isTrue();
        assertThat(backups()).hasSize(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(context.backupSchedule().runIfDue(SCHEDULER))
                .as("already taken today")
                .isEmpty();

        List<BackupRecord> records = context.backups().history().list(10);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.status()).isEqualTo(BackupStatus.VERIFIED);
            assertThat(record.scheduled()).isTrue();
            assertThat(record.createdBy()).isEqualTo("scheduled backup");
            assertThat(record.contacts()).isEqualTo(1);
        });
        assertThat(context.backupSchedule().health().warning()).isEmpty();

        clock.advance(Duration.ofHours(49));
        assertThat(context.backupSchedule().health().warning())
                .get()
                .asString()
                .contains("The newest good backup is 2 days old")
                .contains("48 hours");
    }

    @Test
    void onlyTheNewestAreKept() throws IOException {
        plan(true, 2);
        for (int day = 0; day < 4; day++) {
            clock.advance(Duration.ofHours(day == 0 ? 2 : 24));
            assertThat(context.backupSchedule().runIfDue(SCHEDULER))
                    .as("day %d", day)
                    .isPresent();
        }
        assertThat(backups()).hasSize(2);
        Files.writeString(folder.resolve("someone-elses-file.txt"), "kept");
        clock.advance(Duration.ofHours(24));
        context.backupSchedule().runIfDue(SCHEDULER);
        assertThat(backups()).hasSize(2);
        assertThat(folder.resolve("someone-elses-file.txt")).exists();
    }

    @Test
    void aFolderThatCannotBeWritten_isRecordedAsFailed_shownOnTheDashboard_andTriedAgainAnHourLater()
            throws IOException {
        Files.writeString(dir.resolve("not-a-folder"), "a file where the folder should be");
        folder = dir.resolve("not-a-folder");
        plan(true, 14);
        clock.advance(Duration.ofHours(2));
        assertThat(context.backupSchedule().runIfDue(SCHEDULER)).isEmpty();
        assertThat(context.backups().history().list(10))
                .singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(BackupStatus.FAILED));
        assertThat(context.backupSchedule().health().warning()).get().asString().startsWith("The last backup failed");
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.BACKUP_FAILED, null, null, 10)))
                .isNotEmpty();

        clock.advance(Duration.ofMinutes(30));
        context.backupSchedule().runIfDue(SCHEDULER);
        assertThat(context.backups().history().list(10))
                .as("not again within the hour")
                .hasSize(1);
        clock.advance(Duration.ofMinutes(31));
        context.backupSchedule().runIfDue(SCHEDULER);
        assertThat(context.backups().history().list(10)).as("tried again").hasSize(2);
    }

    @Test
    void twoWorkstationsAtTheSameMinute_takeOneBackupBetweenThem() throws Exception {
        plan(true, 14);
        clock.advance(Duration.ofHours(2));
        try (AppContext second = TestDatabase.open(dir.resolve("data"), clock)) {
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                List<Future<Optional<VerifyReport>>> runs = both.invokeAll(List.<Callable<Optional<VerifyReport>>>of(
                        () -> context.backupSchedule().runIfDue(SCHEDULER),
                        () -> second.backupSchedule().runIfDue(new Actor("scheduled backup", "back-office"))));
                long taken = 0;
                for (Future<Optional<VerifyReport>> run : runs) {
                    taken += run.get().isPresent() ? 1 : 0;
                }
                assertThat(taken).isEqualTo(1);
            } finally {
                both.shutdown();
            }
        }
        assertThat(backups()).hasSize(1);
        assertThat(context.backups().history().list(10)).hasSize(1);
    }

    @Test
    void thePlanIsCheckedFieldByField() {
        assertThat(Assertions.catchThrowableOfType(
                                () -> BackupPlan.parse(true, "", "25:00", "0", "2"),
                                BackupPlan.BackupPlanException.class)
                        .problems())
                .containsOnlyKeys("folder", "time", "keep", "age");
        assertThat(BackupPlan.parse(false, "", " 07:05 ", "3", "24").dailyAt()).isEqualTo(LocalTime.of(7, 5));
    }

    private List<Path> backups() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(Backups.EXTENSION))
                    .toList();
        }
    }
}
