package com.portaldesk.report;

import static com.portaldesk.report.ReportWords.count;
import static com.portaldesk.report.ReportWords.when;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditSpan;
import com.portaldesk.audit.AuditTally;
import com.portaldesk.audit.AuditWords;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.delivery.SenderRegistration;
import com.portaldesk.report.ReportBlock.Bar;
import com.portaldesk.report.ReportBlock.BarChart;
import com.portaldesk.report.ReportBlock.Finding;
import com.portaldesk.report.ReportBlock.Paragraph;
import com.portaldesk.report.ReportBlock.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The report's sections on watching what happens: the audit log with its check, and the delivery of codes. */
final class MonitoringSections {
    /** Staff actions on client data, in the order the report lists them. */
    static final List<AuditEventType> STAFF_ACTIONS = List.of(
            AuditEventType.SSN_REVEALED,
            AuditEventType.CONTACT_ADDED,
            AuditEventType.CONTACT_CHANGED,
            AuditEventType.CONTACT_ARCHIVED,
            AuditEventType.CONTACT_RESTORED,
            AuditEventType.PORTAL_ACCESS_CHANGED,
            AuditEventType.CONTACTS_IMPORTED,
            AuditEventType.CONTACTS_EXPORTED,
            AuditEventType.IDENTITY_UNLOCKED,
            AuditEventType.CHANGE_REQUEST_HANDLED,
            AuditEventType.RECOVERY_KEY_SHOWN,
            AuditEventType.REPORT_GENERATED);

    private static final String OPTED_OUT = "21610";
    private static final String RETRIED = " Trying again in ";

    private MonitoringSections() {}

    static ReportSection monitoring(SafeguardsFacts facts) {
        AuditTally tally = facts.tally();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("PortalDesk writes every sign-in, refusal, code, lockout and staff action on client "
                + "data to its audit log, with who did it, on which workstation and why. Each event is linked to the "
                + "one before by a keyed hash, so an event changed, removed or slipped in later breaks the chain."));
        blocks.add(integrity(facts));
        AuditSpan span = facts.integrity().span();
        blocks.add(new Table(
                List.of("Audit log", ""),
                List.of(
                        List.of("Events in the period", count(span.events())),
                        List.of(
                                "First event in the period",
                                span.events() == 0
                                        ? "-"
                                        : "#" + span.firstSeq() + ", "
                                                + when(
                                                        span.firstAt(),
                                                        facts.period().zone())),
                        List.of(
                                "Last event in the period",
                                span.events() == 0
                                        ? "-"
                                        : "#" + span.lastSeq() + ", "
                                                + when(
                                                        span.lastAt(),
                                                        facts.period().zone())),
                        List.of(
                                "Checkpoint for this report",
                                facts.integrity()
                                        .checkpoint()
                                        .map(cp -> cp.code())
                                        .orElse("none: see the finding above"))),
                List.of(0.36f, 0.64f),
                "-"));
        blocks.add(new Paragraph("Staff actions on client data in the period:"));
        blocks.add(new Table(
                List.of("Action", "Times"),
                STAFF_ACTIONS.stream()
                        .map(type -> List.of(AuditWords.of(type), count(tally.count(type))))
                        .toList(),
                List.of(0.7f, 0.3f),
                "-"));
        blocks.add(new Table(
                List.of("Full SSN shown to", "Times"),
                tally.byActor(AuditEventType.SSN_REVEALED).entrySet().stream()
                        .map(e -> List.of(facts.who(e.getKey()), count(e.getValue())))
                        .toList(),
                List.of(0.7f, 0.3f),
                "No full SSN was shown to anyone in the period."));
        blocks.add(new Table(
                List.of("Client sign-in refusals and lockouts", "Number"),
                List.of(
                        List.of("Sign-ins refused before a code was sent", count(refusedBeforeCode(tally))),
                        List.of(
                                "Codes refused (wrong, expired or too many tries)",
                                count(tally.count(AuditEventType.CHECK_FAILED))),
                        List.of(
                                "Clients locked out after repeated failures",
                                count(tally.count(AuditEventType.IDENTITY_LOCKED))),
                        List.of("Clients unlocked by staff", count(tally.count(AuditEventType.IDENTITY_UNLOCKED)))),
                List.of(0.7f, 0.3f),
                "-"));
        blocks.add(new BarChart("Refused client sign-ins and codes, by reason", refusalsByReason(tally)));
        return new ReportSection("Monitoring and logging of activity", "16 CFR 314.4(c)(8)", blocks);
    }

    private static Finding integrity(SafeguardsFacts facts) {
        ChainVerification chain = facts.integrity().chain();
        if (!chain.intact()) {
            return new Finding(
                    "The audit log is BROKEN at event " + chain.firstBrokenSeq() + ": " + chain.problem(), true);
        }
        return new Finding(
                "Checked at report time: all " + count(chain.eventsChecked()) + " events of the whole log "
                        + "are intact"
                        + (chain.checkpoint().isEmpty()
                                ? "; no earlier checkpoint was kept on this "
                                        + "workstation to compare the newest events with."
                                : ", and the log still reaches the checkpoint " + "kept earlier (" + chain.checkpoint()
                                        + ")."),
                false);
    }

    /** A sign-in that started with something wrong (unknown email, wrong last four, ...) or a refused send. */
    static long refusedBeforeCode(AuditTally tally) {
        return tally.count(AuditEventType.CHALLENGE_STARTED)
                - tally.count(AuditEventType.CHALLENGE_STARTED, AuditReason.MATCH)
                + tally.count(AuditEventType.SEND_REFUSED);
    }

    private static List<Bar> refusalsByReason(AuditTally tally) {
        Map<String, Long> reasons = new TreeMap<>();
        tally.groups().stream()
                .filter(g -> (g.type() == AuditEventType.CHALLENGE_STARTED && g.reason() != AuditReason.MATCH)
                        || g.type() == AuditEventType.SEND_REFUSED
                        || g.type() == AuditEventType.CHECK_FAILED)
                .forEach(g -> reasons.merge(AuditWords.of(g.reason()), g.count(), Long::sum));
        return reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Bar(e.getKey(), e.getValue()))
                .toList();
    }

    static ReportSection delivery(SafeguardsFacts facts) {
        List<AuditEntry> failures = facts.deliveryFailures();
        List<AuditEntry> final_ = failures.stream().filter(e -> !retried(e)).toList();
        long optedOutNumbers = final_.stream()
                .filter(MonitoringSections::optedOut)
                .map(AuditEntry::destinationMasked)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("A code counts as sent only when Twilio or the mail server accepted it. A delivery "
                + "that fails is tried again; a text that fails for good is followed by an email when the client has "
                + "one."));
        blocks.add(new Table(
                List.of("Delivery of codes", "Number"),
                List.of(
                        List.of(
                                "Codes accepted by the provider",
                                count(facts.tally().count(AuditEventType.CODE_SENT))),
                        List.of("Tries that failed and were tried again", count(failures.size() - final_.size())),
                        List.of(
                                "Texts that failed for good",
                                count(final_.stream()
                                        .filter(e -> "SMS".equals(e.channel()))
                                        .count())),
                        List.of(
                                "Emails that failed for good",
                                count(final_.stream()
                                        .filter(e -> "EMAIL".equals(e.channel()))
                                        .count())),
                        List.of("Numbers that replied STOP (waiting on the client)", count(optedOutNumbers))),
                List.of(0.7f, 0.3f),
                "-"));
        if (optedOutNumbers > 0) {
            blocks.add(new Finding(
                    count(optedOutNumbers, "number", "numbers") + " replied STOP, so the carrier "
                            + "refuses the firm's texts to them (Twilio error 21610). The client must text START to the "
                            + "firm's number; until then their codes go by email.",
                    true));
        }
        List<String> senderRefusals = final_.stream()
                .map(AuditEntry::detail)
                .filter(SenderRegistration::isAbout)
                .toList();
        if (!senderRefusals.isEmpty()) {
            blocks.add(new Finding(
                    "The carriers refused " + count(senderRefusals.size(), "text", "texts")
                            + " because of the firm's own sending number, not the clients': "
                            + SenderRegistration.nextStep(senderRefusals),
                    true));
        }
        blocks.add(new Table(
                List.of("Why deliveries failed for good", "Text", "Email"),
                failureReasons(final_),
                List.of(0.7f, 0.15f, 0.15f),
                "No delivery failed for good in the period."));
        return new ReportSection("Delivery of sign-in codes", "16 CFR 314.4(d)(1) monitoring of key controls", blocks);
    }

    private static boolean retried(AuditEntry failure) {
        return failure.detail() != null && failure.detail().contains(RETRIED);
    }

    private static boolean optedOut(AuditEntry failure) {
        return failure.detail() != null && failure.detail().contains(OPTED_OUT);
    }

    private static List<List<String>> failureReasons(List<AuditEntry> failures) {
        Map<String, List<AuditEntry>> byReason = failures.stream()
                .collect(Collectors.groupingBy(
                        e -> e.detail() == null || e.detail().isBlank() ? "No reason given" : e.detail(),
                        TreeMap::new,
                        Collectors.toList()));
        return byReason.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<AuditEntry>> e) ->
                                e.getValue().size())
                        .reversed())
                .map(e -> List.of(
                        e.getKey(),
                        count(e.getValue().stream()
                                .filter(f -> "SMS".equals(f.channel()))
                                .count()),
                        count(e.getValue().stream()
                                .filter(f -> "EMAIL".equals(f.channel()))
                                .count())))
                .toList();
    }
}
