package com.portaldesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily checkpoint mailed through a real SMTP server on loopback: once a day for the firm, audited truthfully. */
@Tag("db")
class CheckpointMailTest {
    private static final Actor ADMIN = Actor.staff("ann.lee", "front-desk");
    private static final Actor SCHEDULER = new Actor("scheduled checkpoint", "front-desk");

    @TempDir
    Path dataDir;

    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final MutableClock clock = MutableClock.at("2026-11-02T14:00:00Z");
    private AppContext context;

    @BeforeEach
    void open() {
        mail.start();
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, dataDir.toString());
        values.put(ConfigKey.EMAIL_PROVIDER, "smtp");
        values.put(ConfigKey.SMTP_HOST, "127.0.0.1");
        values.put(ConfigKey.SMTP_PORT, Integer.toString(mail.getSmtp().getPort()));
        values.put(ConfigKey.SMTP_SECURITY, "none");
        values.put(ConfigKey.SMTP_FROM_ADDRESS, "portal@leecpa.example");
        context = AppContext.open(
                AppConfig.load(null, Map.of(), values),
                Opening.program().at(clock).deliveringOn(new DirectExecutorService(), Duration.ZERO));
    }

    @AfterEach
    void close() {
        context.close();
        mail.stop();
    }

    private List<AuditEntry> mailed() {
        return context.audit().list(new AuditQuery(null, null, AuditEventType.CHECKPOINT_MAILED, null, null, 20));
    }

    @Test
    void offUntilAnAddressIsSet_thenOnceADay_evenWithTwoWorkstations() throws Exception {
        assertThat(context.checkpointMail().sendIfDue(SCHEDULER)).isEmpty();
        context.checkpointMail().setAddress("Partners@LeeCPA.example", ADMIN);
        assertThat(context.audit().list(AuditQuery.latest(1)).get(0)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ann.lee");
            assertThat(e.detail()).isEqualTo("daily audit checkpoint by email: off → partners@leecpa.example");
        });

        Optional<DeliveryResult> sent = context.checkpointMail().sendIfDue(SCHEDULER);
        assertThat(sent).hasValueSatisfying(result -> assertThat(result.sent()).isTrue());
        assertThat(context.checkpointMail().sendIfDue(SCHEDULER))
                .as("once a day")
                .isEmpty();
        assertThat(sendIfDueFromAnotherWorkstation()).as("once for the firm").isEmpty();

        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0]).hasToString("partners@leecpa.example");
        Checkpoint inTheMail = Checkpoint.find(GreenMailUtil.getBody(received)).orElseThrow();
        assertThat(received.getSubject()).endsWith(inTheMail.code());
        assertThat(context.audit().authentic(inTheMail)).isTrue();
        assertThat(context.audit().verifyChain((done, total) -> {}, inTheMail).intact())
                .isTrue();
        assertThat(mailed()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(AuditReason.OK);
            assertThat(e.destinationMasked()).isEqualTo("p•••@leecpa.example");
            assertThat(e.detail()).contains(inTheMail.code()).contains("Accepted by the mail server");
        });

        clock.advance(Duration.ofDays(1));
        assertThat(sendIfDueFromAnotherWorkstation())
                .hasValueSatisfying(r -> assertThat(r.sent()).isTrue());
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    /** The same question asked by another staff app on the same database at the same time. */
    private Optional<DeliveryResult> sendIfDueFromAnotherWorkstation() {
        try (AppContext other = AppContext.open(
                context.config(),
                Opening.program().at(clock).deliveringOn(new DirectExecutorService(), Duration.ZERO))) {
            return other.checkpointMail().sendIfDue(SCHEDULER);
        }
    }

    @Test
    void aMailServerThatIsDown_isAuditedAsNotSent_andTriedAgainAnHourLater() {
        context.checkpointMail().setAddress("partners@leecpa.example", ADMIN);
        mail.stop();
        assertThat(context.checkpointMail().sendIfDue(SCHEDULER))
                .hasValueSatisfying(result -> assertThat(result.sent()).isFalse());
        assertThat(mailed()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(AuditReason.DELIVERY_FAILED);
            assertThat(e.detail()).contains("not sent").contains("Trying again in an hour.");
        });
        assertThat(context.checkpointMail().sendIfDue(SCHEDULER))
                .as("not every minute")
                .isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(context.checkpointMail().sendIfDue(SCHEDULER))
                .as("an hour later")
                .isPresent();
        assertThat(mailed()).allSatisfy(e -> assertThat(e.reason()).isEqualTo(AuditReason.DELIVERY_FAILED));
    }

    @Test
    void notAnAddress_isRefusedInWords_andChangesNothing() {
        assertThatThrownBy(() -> context.checkpointMail().setAddress("partners at leecpa", ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(context.checkpointMail().address()).isEmpty();
        assertThatThrownBy(() -> context.checkpointMail().sendNow(ADMIN)).hasMessageContaining("No address is set");
    }
}
