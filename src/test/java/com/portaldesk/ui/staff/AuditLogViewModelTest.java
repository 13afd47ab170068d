package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Language;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The audit log screen's logic on a fake {@link AuditDesk}: no database, no FX toolkit, no waiting. */
@Tag("plain")
class AuditLogViewModelTest {
    private final FakeDesk desk = new FakeDesk();
    private final AuditLogViewModel model = new AuditLogViewModel(desk, Work.direct(), Runnable::run);

    private static ContactRecord contact(String first, String email) {
        return new ContactRecord(
                UUID.randomUUID(),
                first,
                "Lee",
                email,
                "",
                "",
                null,
                "•6789",
                Channel.EMAIL,
                true,
                false,
                null,
                "",
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                Language.ENGLISH);
    }

    @Test
    void thePage_saysWhichEventsItShows_andWhetherMoreAreOlder() {
        desk.events = 450;
        model.load();
        assertThat(model.rows()).hasSize(AuditLogViewModel.PAGE);
        assertThat(model.statusProperty().get()).isEqualTo("Events 450 to 251 (newest first); more are older.");
        model.older();
        assertThat(desk.lastQuery().beforeSeq()).isEqualTo(251L);
        assertThat(model.staffChoices()).extracting(StaffAccount::username).containsExactly("ann");
    }

    @Test
    void theFilters_becomeTheQuery_toTheEndOfTheToDay_andTheStaffMemberByUserName() {
        model.fromProperty().set(LocalDate.of(2026, 11, 1));
        model.toProperty().set(LocalDate.of(2026, 11, 30));
        model.typeProperty().set(AuditEventType.SSN_REVEALED);
        model.terminalProperty().set("  desk-2 ");
        model.staffMemberProperty().set(desk.staff().get(0));
        model.search();
        AuditQuery query = desk.lastQuery();
        ZoneId zone = ZoneId.systemDefault();
        assertThat(query.from())
                .isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(zone).toInstant());
        assertThat(query.to())
                .isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(zone).toInstant());
        assertThat(query.type()).isEqualTo(AuditEventType.SSN_REVEALED);
        assertThat(query.terminalId()).isEqualTo("desk-2");
        assertThat(query.actor()).isEqualTo("ann");
    }

    @Test
    void aContactFilter_findsExactlyOne_orSaysWhyNot() {
        desk.contacts = List.of(contact("Alice", "alice@example.com"), contact("Alan", "alan@example.com"));
        model.contactProperty().set("al");
        model.search();
        assertThat(model.statusProperty().get())
                .isEqualTo("2 contacts match \"al\" (Alice Lee <alice@example.com>, "
                        + "Alan Lee <alan@example.com>). Type more, such as the email address.");
        assertThat(model.rows()).isEmpty();
        desk.contacts = List.of(desk.contacts.get(0));
        model.search();
        assertThat(desk.lastQuery().contactId()).isEqualTo(desk.contacts.get(0).id());
        desk.contacts = List.of();
        model.search();
        assertThat(model.statusProperty().get()).isEqualTo("No contact matches \"al\".");
    }

    @Test
    void theChainCheck_showsProgress_thenWhatItFound() {
        model.verify();
        assertThat(desk.progressSeen).containsExactly(0.5, 1.0);
        assertThat(model.intactProperty().get()).isTrue();
        assertThat(model.verifyResultProperty().get())
                .isEqualTo("✔ Intact: all 1,000 events are as they were "
                        + "written, and the log agrees with the 1 checkpoint this workstation kept.");
        assertThat(model.verifyingProperty().get()).isFalse();
        desk.broken = true;
        model.verify();
        assertThat(model.intactProperty().get()).isFalse();
        assertThat(model.verifyResultProperty().get()).isEqualTo("✖ Broken at event 17: its hash does not match");
    }

    @Test
    void export_writesEverythingTheFiltersMatch_notOnlyThePage() {
        desk.events = 450;
        model.load();
        model.export(Path.of("audit-log.csv"));
        assertThat(desk.exported.limit()).isEqualTo(AuditLogViewModel.PAGE);
        assertThat(desk.exported.beforeSeq()).isEqualTo(Long.MAX_VALUE);
        assertThat(model.statusProperty().get()).isEqualTo("Exported 450 events to audit-log.csv.");
    }

    @Test
    void anEventInWords_namesWhoAndWhere() {
        AuditEntry entry = new AuditEntry(
                42,
                Instant.parse("2026-11-02T15:00:00Z"),
                "desk-2",
                AuditEventType.SSN_REVEALED,
                AuditReason.STAFF_ACTION,
                null,
                null,
                null,
                null,
                "",
                "ann");
        String details = AuditLogViewModel.details(new AuditNames.Named(entry, "Ann Lee (ann)", "Alice Lee"));
        assertThat(details)
                .contains("Who: Ann Lee (ann)")
                .contains("Where: desk-2")
                .contains("Contact: Alice Lee")
                .endsWith("Event number 42 in the log's hash chain.");
    }

    private final class FakeDesk implements AuditDesk {
        long events = 3;
        List<ContactRecord> contacts = List.of();
        final List<AuditQuery> queries = new ArrayList<>();
        final List<Double> progressSeen = new ArrayList<>();
        AuditQuery exported;
        boolean broken;

        AuditQuery lastQuery() {
            return queries.get(queries.size() - 1);
        }

        @Override
        public List<AuditNames.Named> page(AuditQuery query) {
            queries.add(query);
            long newest = query.beforeSeq() == null ? events : query.beforeSeq() - 1;
            return LongStream.iterate(newest, seq -> seq > 0, seq -> seq - 1)
                    .limit(query.limit())
                    .mapToObj(seq -> new AuditNames.Named(
                            new AuditEntry(
                                    seq,
                                    Instant.EPOCH,
                                    "desk-1",
                                    AuditEventType.CODE_SENT,
                                    AuditReason.OK,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "",
                                    null),
                            "",
                            ""))
                    .toList();
        }

        @Override
        public List<StaffAccount> staff() {
            return List.of(new StaffAccount(
                    UUID.randomUUID(), "ann", "Ann Lee", Role.ADMIN, true, false, true, null, Instant.EPOCH, false));
        }

        @Override
        public List<ContactRecord> contactsMatching(String text, int limit) {
            return contacts;
        }

        @Override
        public ChainVerification verify(BiConsumer<Long, Long> progress) {
            progress.accept(500L, 1000L);
            progressSeen.add(model.progressProperty().get());
            progress.accept(1000L, 1000L);
            progressSeen.add(model.progressProperty().get());
            if (broken) {
                return new ChainVerification(
                        false,
                        17,
                        17L,
                        "its hash does not match",
                        "",
                        List.of(),
                        List.of(),
                        List.of(),
                        ChainVerification.Breakage.INSIDE);
            }
            var kept = Checkpoint.find("PD1-9-20261202T0645Z-3f9a2c1b7e4d5a60-9c2e4f1a3b5d7e80")
                    .orElseThrow();
            return new ChainVerification(
                    true, 1000, null, "", "cp-9", List.of(kept), List.of(), List.of(), ChainVerification.Breakage.NONE);
        }

        @Override
        public int export(AuditQuery query, Path target) {
            exported = query;
            return 450;
        }
    }
}
