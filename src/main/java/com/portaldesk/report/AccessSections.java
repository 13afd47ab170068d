package com.portaldesk.report;

import static com.portaldesk.report.ReportWords.count;
import static com.portaldesk.report.ReportWords.share;
import static com.portaldesk.report.ReportWords.when;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditTally;
import com.portaldesk.report.ReportBlock.Bar;
import com.portaldesk.report.ReportBlock.BarChart;
import com.portaldesk.report.ReportBlock.Paragraph;
import com.portaldesk.report.ReportBlock.Table;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report's sections on who may sign in and how: the policy and its changes, and multi-factor authentication. */
final class AccessSections {
    private static final List<Float> TWO = List.of(0.7f, 0.3f);

    private AccessSections() {}

    static ReportSection access(SafeguardsFacts facts) {
        ZoneId zone = facts.period().zone();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Clients sign in to the firm's portal with their email address, the last four digits "
                + "of their Social Security number and a one-time code sent to the mobile number or email address on "
                + "file. Clients have no passwords. These are the settings in force when this report was made; an "
                + "admin changes them under Settings, and every change is written to the audit log."));
        blocks.add(new Table(
                List.of("Setting", "In force"),
                facts.policy().stream()
                        .map(setting -> List.of(setting.getKey(), setting.getValue()))
                        .toList(),
                TWO,
                "-"));
        blocks.add(new Paragraph("Changes made in the period ("
                + count(facts.settingChanges().size()) + "), each with " + "the old and the new value:"));
        blocks.add(new Table(
                List.of("When", "Who", "What changed (old -> new)"),
                facts.settingChanges().stream()
                        .map(change ->
                                List.of(when(change.occurredAt(), zone), facts.who(change.actor()), change.detail()))
                        .toList(),
                List.of(0.2f, 0.18f, 0.62f),
                "No setting was changed in the period."));
        return new ReportSection(
                "Access to client sign-in",
                "16 CFR 314.4(c)(1) access controls; 314.4(c)(7) change " + "management",
                blocks);
    }

    static ReportSection multiFactor(SafeguardsFacts facts) {
        AuditTally tally = facts.tally();
        List<StaffAccount> active =
                facts.staff().stream().filter(s -> !s.disabled()).toList();
        long withSecondFactor =
                active.stream().filter(StaffAccount::mfaEnrolled).count();
        long adminsWithout = active.stream()
                .filter(s -> s.role() == Role.ADMIN && !s.mfaEnrolled())
                .count();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Staff: each staff member signs in to PortalDesk with a password and, where set up, "
                + "a second factor (a six-digit code from an authenticator app), or a one-time recovery code when the "
                + "phone is not at hand."));
        blocks.add(new Table(
                List.of("Staff accounts", "Number"),
                List.of(
                        List.of("Active staff accounts", count(active.size())),
                        List.of("with a second factor", count(withSecondFactor)),
                        List.of("without a second factor", count(active.size() - withSecondFactor)),
                        List.of("Admins without a second factor", count(adminsWithout)),
                        List.of("Staff sign-ins in the period", count(tally.count(AuditEventType.STAFF_SIGNED_IN))),
                        List.of(
                                "of which with a recovery code",
                                count(facts.recoveryCodeSignIns().size())),
                        List.of("Failed staff sign-ins", count(tally.count(AuditEventType.STAFF_SIGN_IN_FAILED))),
                        List.of(
                                "Staff accounts locked after failures",
                                count(tally.count(AuditEventType.STAFF_LOCKED))),
                        List.of("Second factors set up", count(tally.count(AuditEventType.STAFF_MFA_ENROLLED))),
                        List.of(
                                "Second factors reset by an admin",
                                count(tally.count(AuditEventType.STAFF_MFA_RESET)))),
                TWO,
                "-"));
        blocks.add(new Table(
                List.of("Staff member", "Role", "Second factor", "Last sign-in"),
                facts.staff().stream()
                        .map(s -> List.of(
                                s.displayName() + " (" + s.username() + ")" + (s.disabled() ? ", disabled" : ""),
                                s.role() == Role.ADMIN ? "Admin" : "Staff",
                                s.mfaEnrolled() ? "yes" : "NO",
                                when(s.lastSignInAt(), facts.period().zone())))
                        .toList(),
                List.of(0.42f, 0.14f, 0.16f, 0.28f),
                "No staff accounts."));
        blocks.addAll(clients(facts));
        return new ReportSection("Multi-factor authentication", "16 CFR 314.4(c)(5)", blocks);
    }

    private static List<ReportBlock> clients(SafeguardsFacts facts) {
        AuditTally tally = facts.tally();
        Map<String, Long> byChannel = facts.clientSignIns().byChannel();
        long signIns = facts.clientSignIns().times().size();
        long textCodes = tally.count(AuditEventType.CODE_SENT, "SMS");
        long emailCodes = tally.count(AuditEventType.CODE_SENT, "EMAIL");
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Clients: every sign-in needs two factors: what the client knows (email address and "
                + "last four) and a one-time code that proves they hold the phone or mailbox on file. Email is the "
                + "alternative when carriers delay or block texts."));
        blocks.add(new Table(
                List.of("Client sign-ins", "Number"),
                List.of(
                        List.of("Client sign-ins completed", count(signIns)),
                        List.of("with a code by text message", count(byChannel.getOrDefault("SMS", 0L))),
                        List.of("with a code by email", count(byChannel.getOrDefault("EMAIL", 0L))),
                        List.of("Codes sent by text message", count(textCodes)),
                        List.of("Codes sent by email", count(emailCodes)),
                        List.of("Share of codes sent by text", share(textCodes, textCodes + emailCodes)),
                        List.of(
                                "Codes sent by email after a text failed",
                                count(tally.count(AuditEventType.CODE_RESENT, AuditReason.DELIVERY_FAILED)))),
                TWO,
                "-"));
        blocks.add(new BarChart(
                "Codes sent, by channel", List.of(new Bar("Text message", textCodes), new Bar("Email", emailCodes))));
        blocks.add(signInsOverTime(facts));
        return blocks;
    }

    /** Sign-ins per day for a month or less, else per week (weeks start on Monday), at most about 60 bars. */
    static BarChart signInsOverTime(SafeguardsFacts facts) {
        ReportPeriod period = facts.period();
        boolean daily = period.days() <= 31;
        boolean weekly = !daily && period.days() <= 7 * 60;
        TreeMap<LocalDate, Long> buckets = new TreeMap<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            buckets.put(bucket(day, daily, weekly), 0L);
        }
        for (Instant time : facts.clientSignIns().times()) {
            buckets.merge(bucket(time.atZone(period.zone()).toLocalDate(), daily, weekly), 1L, Long::sum);
        }
        String unit = daily ? "day" : weekly ? "week" : "month";
        List<Bar> bars = buckets.entrySet().stream()
                .map(e -> new Bar(label(e.getKey(), daily, weekly), e.getValue()))
                .toList();
        return new BarChart("Client sign-ins per " + unit, bars);
    }

    private static LocalDate bucket(LocalDate day, boolean daily, boolean weekly) {
        if (daily) {
            return day;
        }
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    private static String label(LocalDate bucket, boolean daily, boolean weekly) {
        if (daily) {
            return bucket.toString();
        }
        return weekly ? "week of " + bucket : bucket.getYear() + "-" + String.format("%02d", bucket.getMonthValue());
    }
}
