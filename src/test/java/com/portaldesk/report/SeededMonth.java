package com.portaldesk.report;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.staff.Role;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.StaffMembers;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.StartResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * November 2026 at a small firm, lived through the real services: clients signing in by text and email, mismatched
 * last fours, wrong codes, a policy change, SSNs shown, a client locked twice, a number that replied STOP, a
 * backup and an export; plus a sign-in the day before and the day after, which a November report must leave out.
 * It counts what it did itself, so a report can be checked against more than the audit log.
 */
final class SeededMonth {
    static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    static final LocalDate LAST = LocalDate.of(2026, 11, 30);
    static final Actor ADMIN = Actor.staff("ann.lee", "front-desk");
    static final Actor MARIA = Actor.staff("maria", "back-office");
    private static final String LOBBY = "lobby-1";

    private final AppContext context;
    private final MutableClock clock;
    private final List<ContactRecord> clients = new ArrayList<>();
    int textSignIns;
    int emailSignIns;
    int ssnShown;

    private SeededMonth(AppContext context, MutableClock clock) {
        this.context = context;
        this.clock = clock;
    }

    static SeededMonth live(AppContext context, MutableClock clock, Path backups) {
        SeededMonth month = new SeededMonth(context, clock);
        month.setUp();
        month.at(FIRST.minusDays(1), 12);
        month.signIn(month.clients.get(0), Channel.SMS, false);
        month.textSignIns = 0;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            month.liveDay(day, backups);
        }
        month.at(LAST.plusDays(1), 10);
        month.signIn(month.clients.get(1), Channel.EMAIL, false);
        month.emailSignIns--;
        return month;
    }

    private void setUp() {
        clock.set(FIRST.minusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC));
        StaffMembers.withOwnPassword(context, "maria", "Maria Gomez", Role.STAFF, "quiet orange lantern harbor");
        context.policies().saveFirm(new FirmDetails("Lee & Partners CPA", "(415) 555-0100"), ADMIN);
        context.policies().saveLogo(logo(), ADMIN);
        String[][] people = {
            {"Alice", "Pauline", "sms"},
            {"Carol", "Kurz", "email"},
            {"Ravi", "Shah", "sms"},
            {"Grace", "Okafor", "email"},
            {"Tomas", "Berg", "sms"},
            {"Lena", "Fischer", "sms"}
        };
        for (int i = 0; i < people.length; i++) {
            clients.add(context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName(people[i][0], people[i][1])
                                    .withEmail(people[i][0].toLowerCase(Locale.ROOT) + "@example.com")
                                    .withMobile("(415) 555-01" + (10 + i))
                                    .withSsn("219-09-10" + (10 + i))
                                    .withChannel(people[i][2])
                                    .build(),
                            ADMIN));
        }
    }

    private void liveDay(LocalDate day, Path backups) {
        int d = day.getDayOfMonth();
        at(day, 14);
        for (int i = 0; i <= d % 3; i++) {
            ContactRecord client = clients.get((d + i) % clients.size());
            signIn(client, (d + i) % 2 == 0 ? Channel.SMS : Channel.EMAIL, d % 5 == 0 && i == 0);
        }
        if (d % 4 == 0) {
            context.verification().engine().start(clients.get(0).email(), "9999", Channel.SMS, LOBBY);
            later();
        }
        if (d % 7 == 0) {
            context.audit()
                    .record(AuditRecord.by(MARIA, AuditEventType.SSN_REVEALED, AuditReason.OK)
                            .withContact(clients.get(2).id()));
            ssnShown++;
        }
        switch (d) {
            case 3 ->
                context.policies()
                        .save(
                                new PolicyBuilder(context.policies().current())
                                        .codeLength(8)
                                        .build(),
                                ADMIN);
            case 10 ->
                context.audit()
                        .record(AuditRecord.of(AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED, LOBBY)
                                .withContact(clients.get(4).id())
                                .withDelivery("SMS", "•••14")
                                .withDetail("TWILIO_21610: Attempt to send to unsubscribed recipient"));
            case 22, 23 ->
                context.audit()
                        .record(AuditRecord.of(AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED, LOBBY)
                                .withContact(clients.get(d - 20).id())
                                .withDelivery("SMS", "•••2" + d)
                                .withDetail(
                                        "TWILIO_30034: US carriers refuse texts from the firm's number because it is not "
                                                + "registered for A2P 10DLC (Twilio error 30034)."));
            case 12, 20 ->
                context.audit()
                        .record(AuditRecord.of(AuditEventType.IDENTITY_LOCKED, AuditReason.THRESHOLD_REACHED, LOBBY)
                                .withContact(clients.get(1).id()));
            case 15 -> {
                var backup = context.backups().createAndVerify(backups, ADMIN, false);
                if (!backup.passed()) {
                    throw new AssertionError("The backup failed: " + backup.problems());
                }
            }
            case 18 -> context.csvExport().export(ContactQuery.active(""), backups.resolve("export.csv"), ADMIN);
            default -> {}
        }
    }

    /** A small two-colour picture, as an admin would choose one. */
    static byte[] logo() {
        BufferedImage picture = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = picture.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, 240, 80);
        pen.setColor(new Color(0x1D4E89));
        pen.fillRect(10, 10, 60, 60);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private void signIn(ContactRecord client, Channel channel, boolean wrongCodeFirst) {
        String lastFour = "10" + (10 + clients.indexOf(client));
        StartResult started = context.verification().engine().start(client.email(), lastFour, channel, LOBBY);
        if (wrongCodeFirst) {
            context.verification().codeCheck().check(started.challengeId(), "00000000", LOBBY);
        }
        CheckResult checked = context.verification()
                .codeCheck()
                .check(started.challengeId(), ClientSignIn.newestCode(context), LOBBY);
        if (checked.session().isEmpty()) {
            throw new AssertionError("Not signed in: " + checked.status() + " " + checked.message());
        }
        if (channel == Channel.SMS) {
            textSignIns++;
        } else {
            emailSignIns++;
        }
        later();
    }

    private void at(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }

    /** Far enough apart that no rate limit or cool-down is reached. */
    private void later() {
        clock.advance(Duration.ofMinutes(20));
    }

    Instant now() {
        return clock.instant();
    }
}
