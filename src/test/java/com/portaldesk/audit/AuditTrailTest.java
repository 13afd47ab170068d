package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.StartResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@Tag("db")
class AuditTrailTest {
    private static final String TERMINAL = "lobby";
    private static final Pattern NOISE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-05-04T09:30:00Z");
    private AppContext context;
    private ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void open() {
        logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        ((Logger) LoggerFactory.getLogger("com.portaldesk")).setLevel(Level.DEBUG);
        context = TestDatabase.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        ((Logger) LoggerFactory.getLogger("com.portaldesk")).setLevel(Level.INFO);
        if (context != null) {
            context.close();
        }
    }

    private List<String> codesSent() {
        Pattern code = Pattern.compile("\\b(\\d{6})\\b");
        List<String> codes = new ArrayList<>();
        for (OutboxEntry message : context.outbox().list(100)) {
            Matcher m = code.matcher(message.body());
            if (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    /** Runs every path the engine has: start (all reasons), resend, check (all outcomes), lock, unlock, sessions. */
    private void everyPath() {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Ann", "Lee")
                                .withEmail("ann@example.com")
                                .withSsn("219-09-7351")
                                .withMobile("(415) 555-0140")
                                .build(),
                        TestActor.STAFF);
        var off = context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Bo", "Off")
                                .withEmail("bo@example.com")
                                .withSsn("4862")
                                .withMobile("")
                                .build(),
                        TestActor.STAFF);
        context.contacts().setPortalAccess(off.id(), false, TestActor.STAFF);
        var engine = context.verification().engine();
        var check = context.verification().codeCheck();

        StartResult ann = engine.start("ann@example.com", "7351", Channel.SMS, TERMINAL);
        String annCode = codesSent().get(0);
        check.check(ann.challengeId(), annCode.equals("000000") ? "111111" : "000000", TERMINAL);
        clock.advance(Duration.ofSeconds(60));
        engine.resend(ann.challengeId(), Channel.EMAIL, TERMINAL);
        engine.resend(ann.challengeId(), Channel.EMAIL, TERMINAL);
        CheckResult approved = check.check(ann.challengeId(), codesSent().get(0), TERMINAL);
        context.verification().sessions().end(approved.session().orElseThrow().token(), AuditReason.SIGNED_OUT);

        StartResult second = engine.start("ann@example.com", "7351", Channel.EMAIL, TERMINAL);
        clock.advance(Duration.ofMinutes(11));
        check.check(second.challengeId(), codesSent().get(0), TERMINAL);

        engine.start("nobody@example.com", "7351", Channel.EMAIL, TERMINAL);
        engine.start("ann@example.com", "1111", Channel.EMAIL, TERMINAL);
        engine.start("bo@example.com", "4862", Channel.EMAIL, TERMINAL);
        for (int i = 0; i < 10; i++) {
            engine.start("mallory@example.com", "0" + (100 + i), Channel.EMAIL, "attacker-" + i);
            clock.advance(Duration.ofMinutes(4));
        }
        context.verification().locks().unlock(new Email("mallory@example.com"), TestActor.at("front-desk"));
    }

    @Test
    void everyPath_emitsItsEvent() {
        everyPath();
        Set<AuditEventType> seen = context.audit().list(AuditQuery.latest(1000)).stream()
                .map(AuditEntry::type)
                .collect(Collectors.toSet());
        assertThat(seen)
                .containsAll(EnumSet.of(
                        AuditEventType.CHALLENGE_STARTED,
                        AuditEventType.CODE_SENT,
                        AuditEventType.CODE_RESENT,
                        AuditEventType.SEND_REFUSED,
                        AuditEventType.CHECK_FAILED,
                        AuditEventType.CHECK_APPROVED,
                        AuditEventType.SESSION_STARTED,
                        AuditEventType.SESSION_ENDED,
                        AuditEventType.IDENTITY_LOCKED,
                        AuditEventType.IDENTITY_UNLOCKED));
        Set<AuditReason> reasons = context.audit().list(AuditQuery.latest(1000)).stream()
                .map(AuditEntry::reason)
                .collect(Collectors.toSet());
        assertThat(reasons)
                .contains(
                        AuditReason.MATCH,
                        AuditReason.UNKNOWN_EMAIL,
                        AuditReason.SSN_MISMATCH,
                        AuditReason.PORTAL_DISABLED,
                        AuditReason.CODE_INVALID,
                        AuditReason.CODE_EXPIRED,
                        AuditReason.COOLDOWN,
                        AuditReason.SIGNED_OUT,
                        AuditReason.STAFF_UNLOCK);
        assertThat(context.audit().verifyChain().intact()).isTrue();
    }

    @Test
    void dailyCounts_areCountedByTheDatabasePerDayTypeAndReason() {
        everyPath();
        List<DailyCount> counts = context.audit()
                .dailyCounts(
                        Instant.parse("2026-05-01T00:00:00Z"),
                        List.of(
                                AuditEventType.CHECK_APPROVED,
                                AuditEventType.IDENTITY_LOCKED,
                                AuditEventType.CHECK_FAILED));
        long approved = counts.stream()
                .filter(c -> c.type() == AuditEventType.CHECK_APPROVED)
                .mapToLong(DailyCount::count)
                .sum();
        long locked = counts.stream()
                .filter(c -> c.type() == AuditEventType.IDENTITY_LOCKED)
                .mapToLong(DailyCount::count)
                .sum();
        assertThat(approved).isEqualTo(1);
        assertThat(locked).isEqualTo(1);
        assertThat(counts).allMatch(c -> !c.day().isBefore(LocalDate.parse("2026-05-04")));
        assertThat(context.audit()
                        .dailyCounts(Instant.parse("2026-06-01T00:00:00Z"), List.of(AuditEventType.CHECK_APPROVED)))
                .isEmpty();
    }

    @Test
    void noEventAndNoLogLine_containsACodeOrSsnDigits() {
        everyPath();
        List<String> codes = codesSent();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(3);
        List<String> texts = new ArrayList<>();
        context.audit().list(AuditQuery.latest(1000)).forEach(e -> texts.add(e.toString()));
        logs.list.forEach(e -> texts.add(e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())));
        assertThat(logs.list).isNotEmpty();
        List<String> secrets = new ArrayList<>(codes);
        secrets.addAll(List.of("219097351", "219-09-7351", "7351", "4862"));
        for (String text : texts) {
            String withoutIdsAndTimes = NOISE.matcher(text).replaceAll("");
            for (String secret : secrets) {
                assertThat(withoutIdsAndTimes).as("audit or log text").doesNotContain(secret);
            }
        }
    }

    private void sql(String statement) throws Exception {
        context.close();
        context = null;
        try (Connection db = RawSql.connect(dataDir);
                Statement s = db.createStatement()) {
            s.executeUpdate(statement);
        }
        context = TestDatabase.open(dataDir, clock);
    }

    private ChainVerification afterTampering(String statement) throws Exception {
        everyPath();
        assertThat(context.audit().verifyChain().intact()).isTrue();
        sql(statement);
        return context.audit().verifyChain();
    }

    @Test
    void changedEvent_isFound() throws Exception {
        ChainVerification result =
                afterTampering("UPDATE audit_event SET detail = CONCAT(detail, ' (edited)') WHERE seq = 7");
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(7);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void removedEvent_isFound() throws Exception {
        ChainVerification result = afterTampering("DELETE FROM audit_event WHERE seq = 5");
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void insertedEvent_isFound() throws Exception {
        ChainVerification result = afterTampering("UPDATE audit_event SET seq = seq + 1 WHERE seq >= 4");
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void removedNewestEvents_areFound() throws Exception {
        everyPath();
        long last = context.audit().list(AuditQuery.latest(1)).get(0).seq();
        sql("DELETE FROM audit_event WHERE seq >= " + (last - 1));
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(last - 1);
        assertThat(result.problem()).contains("removed");
    }
}
