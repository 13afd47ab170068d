package com.portaldesk.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in failures on a real database turned into next steps: who, how often, and what the front desk can do. */
@Tag("db")
class SignInInsightsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private AppContext context;
    private ContactRecord alice;
    private ContactRecord carol;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir, clock);
        alice = context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        carol = context.contacts().add(TypicalContacts.CAROL, TestActor.STAFF);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void failedText(ContactRecord contact, String providerFailure) {
        context.audit()
                .record(AuditRecord.of(AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED, "lobby-1")
                        .withContact(contact.id())
                        .withDelivery(
                                "SMS",
                                "•••"
                                        + contact.mobileE164()
                                                .substring(contact.mobileE164().length() - 2))
                        .withDetail(providerFailure));
    }

    private List<Insight> found(InsightKind kind) {
        return new SignInInsights(context.audit(), context.contacts())
                .since(clock.instant().minus(Duration.ofDays(30))).stream()
                        .filter(i -> i.kind() == kind)
                        .toList();
    }

    @Test
    void threeMismatchedLastFours_forOneContact_suggestAutofill_twoDoNot() {
        for (int i = 0; i < 3; i++) {
            context.verification().engine().start("alice@example.com", "0000", Channel.SMS, "lobby-1");
        }
        context.verification().engine().start("carol.kurz@example.org", "0000", Channel.SMS, "lobby-1");
        context.verification().engine().start("carol.kurz@example.org", "0000", Channel.SMS, "lobby-1");
        assertThat(found(InsightKind.SSN_MISMATCHES)).singleElement().satisfies(insight -> {
            assertThat(insight.contactId()).isEqualTo(alice.id());
            assertThat(insight.subject()).isEqualTo("Alice Pauline");
            assertThat(insight.count()).isEqualTo(3);
            assertThat(insight.nextStep()).contains("type the last four themselves");
        });
    }

    @Test
    void aNumberThatOptedOut_asksForStart_andOtherFailuresToOneNumber_askToCheckIt() {
        failedText(alice, "TWILIO_21610: The number has opted out of messages.");
        failedText(carol, "TWILIO_30003: Unreachable destination handset.");
        assertThat(found(InsightKind.UNDELIVERED_TEXTS))
                .as("one failure is not yet a pattern")
                .isEmpty();
        failedText(carol, "TWILIO_30003: Unreachable destination handset.");
        assertThat(found(InsightKind.OPTED_OUT)).singleElement().satisfies(insight -> {
            assertThat(insight.contactId()).isEqualTo(alice.id());
            assertThat(insight.nextStep()).contains("text START");
        });
        assertThat(found(InsightKind.UNDELIVERED_TEXTS)).singleElement().satisfies(insight -> {
            assertThat(insight.subject()).isEqualTo("Carol Kurz (•••88)");
            assertThat(insight.count()).isEqualTo(2);
        });
    }

    @Test
    void textsRefusedBecauseOfTheFirmsNumber_areOneInsightForTheFirm_notOnePerClient() {
        String refused = "TWILIO_30032: US carriers refuse texts from the firm's toll-free number because it is not "
                + "verified (Twilio error 30032).";
        failedText(alice, refused);
        failedText(carol, refused);
        failedText(carol, refused);
        assertThat(found(InsightKind.SENDER_NOT_REGISTERED)).singleElement().satisfies(insight -> {
            assertThat(insight.count()).isEqualTo(3);
            assertThat(insight.contactId()).isNull();
            assertThat(insight.nextStep())
                    .startsWith("US carriers refuse texts from the firm's toll-free number")
                    .contains("Toll-free verifications");
        });
        assertThat(found(InsightKind.UNDELIVERED_TEXTS))
                .as("Carol's number is not the problem")
                .isEmpty();
    }

    @Test
    void aClientLockedTwice_isListed_andOldEventsAreLeftOut() {
        context.audit()
                .record(AuditRecord.of(AuditEventType.IDENTITY_LOCKED, AuditReason.THRESHOLD_REACHED, "lobby-1")
                        .withContact(carol.id()));
        clock.advance(Duration.ofDays(40));
        assertThat(found(InsightKind.LOCKED_REPEATEDLY)).isEmpty();
        for (int i = 0; i < 2; i++) {
            context.audit()
                    .record(AuditRecord.of(AuditEventType.IDENTITY_LOCKED, AuditReason.THRESHOLD_REACHED, "lobby-1")
                            .withContact(carol.id()));
        }
        assertThat(found(InsightKind.LOCKED_REPEATEDLY))
                .singleElement()
                .satisfies(insight -> assertThat(insight.count()).isEqualTo(2));
    }

    @Test
    void contactsWhoCannotSignIn_areCountedByReason() {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Dana", "Ng")
                                .withEmail("")
                                .withMobile("(415) 555-0142")
                                .withSsn("219-09-4321")
                                .build(),
                        TestActor.STAFF);
        context.contacts().setPortalAccess(carol.id(), false, TestActor.STAFF);
        assertThat(found(InsightKind.NOT_READY))
                .extracting(Insight::subject, Insight::count)
                .containsExactly(Tuple.tuple("Portal access off", 1L), Tuple.tuple("No email address", 1L));
    }

    @Test
    void aQuietMonth_hasNothingToActOn() {
        assertThat(new SignInInsights(context.audit(), context.contacts()).since(Instant.EPOCH))
                .isEmpty();
    }
}
