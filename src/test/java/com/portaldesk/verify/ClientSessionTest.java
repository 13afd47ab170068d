package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("db")
class ClientSessionTest {
    @RegisterExtension
    final EngineFixture f = new EngineFixture();

    private ClientSession session;

    @BeforeEach
    void signIn() {
        f.contact("jane@example.com", "123-45-6789", "(415) 555-0123");
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        session = f.check(started.challengeId(), f.lastCode()).session().orElseThrow();
    }

    private ClientSessions sessions() {
        return f.context.verification().sessions();
    }

    private AuditReason lastEnd() {
        return f.context
                .audit()
                .list(new AuditQuery(null, null, AuditEventType.SESSION_ENDED, null, null, 1))
                .get(0)
                .reason();
    }

    @Test
    void token_isRandom128Bits_andNeverPrinted() {
        assertThat(Base64.getUrlDecoder().decode(session.token())).hasSize(16);
        assertThat(session.toString()).doesNotContain(session.token());
    }

    @Test
    void idleTimeout_endsTheSession() {
        f.advance(Duration.ofSeconds(119));
        assertThat(sessions().touch(session.token())).isPresent();
        f.advance(Duration.ofSeconds(119));
        assertThat(sessions().touch(session.token())).isPresent();
        f.advance(Duration.ofSeconds(120));
        assertThat(sessions().touch(session.token())).isEmpty();
        assertThat(lastEnd()).isEqualTo(AuditReason.IDLE_TIMEOUT);
        assertThat(sessions().touch(session.token())).isEmpty();
    }

    @Test
    void absoluteLifetime_endsEvenAnActiveSession() {
        for (int i = 0; i < 14; i++) {
            f.advance(Duration.ofMinutes(1));
            assertThat(sessions().touch(session.token())).isPresent();
        }
        f.advance(Duration.ofMinutes(1));
        assertThat(sessions().touch(session.token())).isEmpty();
        assertThat(lastEnd()).isEqualTo(AuditReason.SESSION_EXPIRED);
    }

    @Test
    void signOut_endsTheSessionForGood() {
        assertThat(sessions().end(session.token(), AuditReason.SIGNED_OUT)).isTrue();
        assertThat(sessions().touch(session.token())).isEmpty();
        assertThat(sessions().end(session.token(), AuditReason.SIGNED_OUT)).isFalse();
        assertThat(lastEnd()).isEqualTo(AuditReason.SIGNED_OUT);
    }

    @Test
    void unknownOrForgedTokens_areRefused() {
        assertThat(sessions().touch("not-a-token")).isEmpty();
        assertThat(sessions().touch(null)).isEmpty();
        assertThat(sessions().touch(session.token() + "x")).isEmpty();
    }
}
