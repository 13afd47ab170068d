package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class SsnRevealTest {
    @TempDir
    Path dataDir;

    @Test
    void reveal_needsThePermission_andEveryRevealIsAudited() {
        try (AppContext context = TestDatabase.open(dataDir)) {
            ContactRecord alice = context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            SsnReveal reveal = context.ssnReveal();
            assertThat(reveal.reveal(alice.id(), Actor.staff("ann", "desk"), true))
                    .isEqualTo(TypicalContacts.ALICE_SSN);
            assertThatThrownBy(() -> reveal.reveal(alice.id(), Actor.staff("bob", "desk"), false))
                    .hasMessageContaining("permission");
            var events = context.audit().list(new AuditQuery(null, null, AuditEventType.SSN_REVEALED, null, null, 10));
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.contactId()).isEqualTo(alice.id());
                assertThat(e.detail()).isEqualTo("by ann").doesNotContain("6879");
                assertThat(e.actor()).isEqualTo("ann");
                assertThat(e.terminalId()).isEqualTo("desk");
            });
        }
    }
}
