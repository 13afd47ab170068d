package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every staff change to a client record is in the audit log: who, where, which contact, which fields, and for the
 * email and the mobile (where codes go) the old and new destination, masked; never a name, SSN, PIN or note.
 */
@Tag("db")
class ContactAuditTest {
    private static final Actor ANN = Actor.staff("ann.lee", "front-desk-2");

    @TempDir
    Path dir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AuditEntry last(AuditEventType type) {
        List<AuditEntry> events = context.audit().list(new AuditQuery(null, null, type, null, null, 1));
        assertThat(events).as(type.name()).hasSize(1);
        return events.get(0);
    }

    private ContactRecord barbara() {
        return context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Barbara", "Thomas")
                                .withEmail("barbara@example.com")
                                .withMobile("(202) 555-0123")
                                .withSsn("219-09-7351")
                                .withNotes("Prefers mornings")
                                .build(),
                        ANN);
    }

    @Test
    void added_namesWhoWhereAndWhatWasOnFile_withoutClientDetails() {
        ContactRecord added = barbara();
        AuditEntry event = last(AuditEventType.CONTACT_ADDED);
        assertThat(event.actor()).isEqualTo("ann.lee");
        assertThat(event.terminalId()).isEqualTo("front-desk-2");
        assertThat(event.contactId()).isEqualTo(added.id());
        assertThat(event.detail())
                .contains("email b•••@example.com")
                .contains("mobile •••23")
                .contains("SSN on file")
                .doesNotContain("Barbara")
                .doesNotContain("Thomas")
                .doesNotContain("7351")
                .doesNotContain("mornings");
    }

    @Test
    void changed_namesTheFields_andTheOldAndNewDestinationsMasked() {
        ContactRecord added = barbara();
        context.contacts()
                .update(
                        added.id(),
                        new ContactBuilder()
                                .withName("Barbara", "Thomas-Reed")
                                .withEmail("bt@example.org")
                                .withMobile("(202) 555-0145")
                                .withSsn("")
                                .withNotes("Prefers mornings")
                                .build(),
                        ANN);
        AuditEntry event = last(AuditEventType.CONTACT_CHANGED);
        assertThat(event.detail()).isEqualTo("name; email b•••@example.com → b•••@example.org; mobile •••23 → •••45");
        assertThat(event.actor()).isEqualTo("ann.lee");
    }

    @Test
    void savingWithoutChanges_writesNoEvent() {
        ContactRecord added = barbara();
        context.contacts()
                .update(
                        added.id(),
                        new ContactBuilder()
                                .withName("Barbara", "Thomas")
                                .withEmail("barbara@example.com")
                                .withMobile("(202) 555-0123")
                                .withSsn("")
                                .withNotes("Prefers mornings")
                                .build(),
                        ANN);
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CONTACT_CHANGED, null, null, 5)))
                .isEmpty();
    }

    @Test
    void pinIssued_archived_restored_andPortalAccess_areEachAudited() {
        ContactRecord pia = context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Pia", "Nord")
                                .withEmail("pia@example.com")
                                .withMobile("")
                                .withSsn("")
                                .build(),
                        ANN);
        context.contacts()
                .update(
                        pia.id(),
                        new ContactBuilder()
                                .withName("Pia", "Nord")
                                .withEmail("pia@example.com")
                                .withMobile("")
                                .withSsn("")
                                .withPin("5183")
                                .build(),
                        ANN);
        assertThat(last(AuditEventType.CONTACT_CHANGED).detail())
                .isEqualTo("PIN issued")
                .doesNotContain("5183");
        context.contacts().setArchived(pia.id(), true, ANN);
        context.contacts().setArchived(pia.id(), false, ANN);
        context.contacts().setPortalAccess(pia.id(), false, ANN);
        assertThat(last(AuditEventType.CONTACT_ARCHIVED).contactId()).isEqualTo(pia.id());
        assertThat(last(AuditEventType.CONTACT_RESTORED).contactId()).isEqualTo(pia.id());
        assertThat(last(AuditEventType.PORTAL_ACCESS_CHANGED).detail()).isEqualTo("portal access off");
    }

    @Test
    void importAndExport_areAuditedWithCounts() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("clients.csv"),
                "first_name,last_name,email,ssn\n"
                        + "Ann,Lee,ann@example.com,219-09-1111\nBo,Ng,bo@example.com,219-09-2222\nBad,Row,not-an-email,12\n");
        var judged = context.contactImport()
                .judge(CsvFile.read(csv), ColumnMapping.guess(CsvFile.read(csv).headers()));
        context.contactImport().run(judged, ImportMode.VALID_ROWS, ImportProgress.NONE, "file clients.csv", ANN);
        assertThat(last(AuditEventType.CONTACTS_IMPORTED).detail())
                .isEqualTo("file clients.csv: 2 imported, 1 refused (only the valid rows)");

        context.csvExport().export(ContactQuery.active("lee"), dir.resolve("out.csv"), ANN);
        AuditEntry export = last(AuditEventType.CONTACTS_EXPORTED);
        assertThat(export.detail()).startsWith("1 contacts to out.csv (search \"lee\", active");
        assertThat(export.actor()).isEqualTo("ann.lee");
    }
}
