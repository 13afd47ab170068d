package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.Email;
import com.portaldesk.testutil.TestActor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failures per identity, across challenges, wrong last fours and wrong codes together. */
@Tag("db")
class IdentityLockTest {
    private static final Email JANE = new Email("jane@example.com");

    @RegisterExtension
    final EngineFixture f = new EngineFixture();

    @BeforeEach
    void prepare() {
        f.contact("jane@example.com", "123-45-6789", "(415) 555-0123");
    }

    /** Five sends per identity per 15 minutes: move the clock on so the send budget never gets in the way. */
    private void nextWindow() {
        f.advance(Duration.ofMinutes(16));
    }

    private List<AuditEntry> events(AuditEventType type) {
        return f.context.audit().list(new AuditQuery(null, null, type, null, null, 100));
    }

    @Test
    void tenFailuresAcrossChallenges_lockEvenTheRightCode_andStaffUnlockClearsIt() {
        // Every start counts, so three wrong last fours are three failures...
        for (int i = 0; i < 3; i++) {
            f.start("jane@example.com", "1111", Channel.SMS);
        }
        // ...a real start the fourth, and four wrong codes bring it to eight.
        StartResult first = f.start("jane@example.com", "6789", Channel.SMS);
        String firstCode = f.lastCode();
        for (int i = 0; i < 4; i++) {
            f.check(first.challengeId(), EngineFixture.wrong(firstCode));
        }
        StartResult second = f.start("jane@example.com", "6789", Channel.SMS);
        String secondCode = f.lastCode();
        assertThat(f.context.verification().locks().isLocked(JANE)).isFalse();
        f.advance(Duration.ofSeconds(5));
        f.check(second.challengeId(), EngineFixture.wrong(secondCode));
        assertThat(f.context.verification().locks().isLocked(JANE)).isTrue();
        assertThat(events(AuditEventType.IDENTITY_LOCKED)).hasSize(1);

        CheckResult rightButLocked = f.check(second.challengeId(), secondCode);
        assertThat(rightButLocked.status()).isEqualTo(ClientStatus.LOCKED);
        assertThat(rightButLocked.session()).isEmpty();
        assertThat(f.check(first.challengeId(), firstCode).status()).isEqualTo(ClientStatus.LOCKED);

        // While locked, a new start with the right details is a decoy: nothing is sent.
        int outboxBefore = f.outboxSize();
        nextWindow();
        StartResult whileLocked = f.start("jane@example.com", "6789", Channel.SMS);
        assertThat(whileLocked.status()).isEqualTo(ClientStatus.CODE_SENT);
        assertThat(f.outboxSize()).isEqualTo(outboxBefore);
        assertThat(events(AuditEventType.CHALLENGE_STARTED).get(0).reason()).isEqualTo(AuditReason.LOCKED);

        assertThat(f.context.verification().locks().unlock(JANE, TestActor.at("front-desk")))
                .isTrue();
        assertThat(events(AuditEventType.IDENTITY_UNLOCKED))
                .singleElement()
                .satisfies(e -> assertThat(e.terminalId()).isEqualTo("front-desk"));
        StartResult afterUnlock = f.start("jane@example.com", "6789", Channel.SMS);
        assertThat(f.check(afterUnlock.challengeId(), f.lastCode()).approved()).isTrue();
    }

    @Test
    void aSuccessfulSignIn_clearsEarlierFailures() {
        f.policy(p -> p.lock(3, Duration.ofHours(24), Duration.ofMinutes(30)));
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        f.check(started.challengeId(), EngineFixture.wrong(f.lastCode()));
        assertThat(f.check(started.challengeId(), f.lastCode()).approved()).isTrue();
        f.advance(Duration.ofSeconds(30));
        f.start("jane@example.com", "1111", Channel.SMS);
        assertThat(f.context.verification().locks().isLocked(JANE)).isFalse();
    }

    @Test
    void lockedContactIds_namesTheContactsWhoseEmailIsLocked_fromWrongLastFoursToo_untilUnlocked() {
        f.contact("sam@example.com", "287-65-4321", "(415) 555-0124");
        f.policy(p -> p.lock(3, Duration.ofHours(24), Duration.ofMinutes(30)));
        var contacts = f.context.contacts();
        assertThat(f.context.verification().locks().lockedContactIds(contacts)).isEmpty();
        for (int i = 0; i < 3; i++) {
            f.start("jane@example.com", "1111", Channel.SMS); // never the right last four: no challenge names Jane
        }
        var jane =
                contacts.search(ContactQuery.active("jane@example.com")).rows().get(0);
        assertThat(f.context.verification().locks().lockedContactIds(contacts)).containsExactly(jane.id());
        f.context.verification().locks().unlock(JANE, TestActor.at("front-desk"));
        assertThat(f.context.verification().locks().lockedContactIds(contacts)).isEmpty();
    }

    @Test
    void lock_runsOutAfterItsDuration() {
        f.policy(p -> p.lock(3, Duration.ofHours(24), Duration.ofMinutes(30)));
        for (int i = 0; i < 3; i++) {
            f.start("jane@example.com", "1111", Channel.SMS);
        }
        assertThat(f.context.verification().locks().isLocked(JANE)).isTrue();
        f.advance(Duration.ofMinutes(30));
        assertThat(f.context.verification().locks().isLocked(JANE)).isFalse();
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        assertThat(f.check(started.challengeId(), f.lastCode()).approved()).isTrue();
    }

    @Test
    void failuresOlderThanTheWindow_doNotCount() {
        f.policy(p -> p.lock(3, Duration.ofHours(1), Duration.ofMinutes(30)));
        f.start("jane@example.com", "1111", Channel.SMS);
        f.start("jane@example.com", "2222", Channel.SMS);
        f.advance(Duration.ofMinutes(61));
        f.start("jane@example.com", "3333", Channel.SMS);
        assertThat(f.context.verification().locks().isLocked(JANE)).isFalse();
    }

    @Test
    void unknownEmails_lockLikeKnownOnes() {
        f.policy(p -> p.lock(3, Duration.ofHours(24), Duration.ofMinutes(30)));
        for (int i = 0; i < 3; i++) {
            f.start("ghost@example.com", "1234", Channel.EMAIL);
        }
        assertThat(f.context.verification().locks().isLocked(new Email("ghost@example.com")))
                .isTrue();
    }
}
