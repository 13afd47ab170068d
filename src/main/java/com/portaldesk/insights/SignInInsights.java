package com.portaldesk.insights;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.delivery.SenderRegistration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns sign-in failures in the audit log into next steps a front desk can act on: numbers that opted out of texts
 * (Twilio 21610), texts that never reach one number, repeated SSN mismatches for one contact (often autofill),
 * clients locked more than once, and contacts who cannot sign in at all, by reason.
 */
public final class SignInInsights {
    /** The most events of one kind read for a period; a firm with more has bigger problems than this list. */
    static final int MOST_EVENTS = 20_000;
    /** SSN mismatches for one contact before it is worth a word with the client. */
    static final int MISMATCHES_WORTH_A_CALL = 3;
    /** Failed texts to one number before the number itself is in doubt. */
    static final int FAILED_TEXTS_WORTH_A_CALL = 2;

    private static final String OPTED_OUT_CODE = "21610";
    private static final List<ContactFilter> NOT_READY_REASONS = List.of(
            ContactFilter.PORTAL_OFF,
            ContactFilter.NO_EMAIL,
            ContactFilter.NO_SECRET,
            ContactFilter.TEXTS_WITHOUT_MOBILE);

    private final AuditLog audit;
    private final ContactService contacts;

    public SignInInsights(AuditLog audit, ContactService contacts) {
        this.audit = audit;
        this.contacts = contacts;
    }

    /** Everything worth acting on since this moment, most urgent kind first, then the most frequent. */
    public List<Insight> since(Instant from) {
        List<AuditEntry> failedDeliveries = events(from, AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED);
        List<Insight> found = new ArrayList<>(senderNotRegistered(failedDeliveries));
        found.addAll(optedOut(failedDeliveries));
        found.addAll(perContact(
                events(from, AuditEventType.IDENTITY_LOCKED, null),
                2,
                InsightKind.LOCKED_REPEATEDLY,
                count -> "Locked " + String.format("%,d", count) + " times. Check with the client that the email "
                        + "address and last four on file are theirs; if so, unlock them from Contacts once they are at "
                        + "the desk."));
        found.addAll(perContact(
                events(from, AuditEventType.CHALLENGE_STARTED, AuditReason.SSN_MISMATCH),
                MISMATCHES_WORTH_A_CALL,
                InsightKind.SSN_MISMATCHES,
                count -> String.format("%,d", count)
                        + " sign-ins with a last four that did not match. Often the browser fills in an old number: "
                        + "ask the client to type the last four themselves, and check the SSN on file."));
        found.addAll(undelivered(failedDeliveries));
        found.addAll(notReady());
        return found;
    }

    private List<AuditEntry> events(Instant from, AuditEventType type, AuditReason reason) {
        return audit.list(new AuditQuery(from, null, type, null, null, MOST_EVENTS, reason, null));
    }

    /**
     * Carriers refusing the firm's own number (not registered for A2P 10DLC, toll-free not verified): one insight for
     * the firm, whichever clients the refused texts were for.
     */
    private static List<Insight> senderNotRegistered(List<AuditEntry> failures) {
        List<String> refusals = failures.stream()
                .map(AuditEntry::detail)
                .filter(SenderRegistration::isAbout)
                .toList();
        if (refusals.isEmpty()) {
            return List.of();
        }
        return List.of(new Insight(
                InsightKind.SENDER_NOT_REGISTERED,
                "The firm's sending number",
                refusals.size(),
                SenderRegistration.nextStep(refusals) + " Until then, clients with an email address get their codes "
                        + "by email. See docs/delivery-setup.md.",
                null));
    }

    private List<Insight> optedOut(List<AuditEntry> failures) {
        return perContact(
                failures.stream().filter(e -> isOptOut(e)).toList(),
                1,
                InsightKind.OPTED_OUT,
                count -> "The carrier refuses texts to this number because it replied STOP (Twilio error 21610). Ask "
                        + "the client to text START to the firm's number, or send their codes by email.");
    }

    private static boolean isOptOut(AuditEntry failure) {
        return failure.detail() != null && failure.detail().contains(OPTED_OUT_CODE);
    }

    /** Other failed texts, by number: a number that never receives is often wrong or a landline. */
    private List<Insight> undelivered(List<AuditEntry> failures) {
        Map<String, List<AuditEntry>> byNumber = failures.stream()
                .filter(e -> "SMS".equals(e.channel())
                        && !isOptOut(e)
                        && !SenderRegistration.isAbout(e.detail())
                        && e.destinationMasked() != null)
                .collect(Collectors.groupingBy(AuditEntry::destinationMasked, LinkedHashMap::new, Collectors.toList()));
        byNumber.values().removeIf(failed -> failed.size() < FAILED_TEXTS_WORTH_A_CALL);
        Map<UUID, String> names = namesOf(byNumber.values().stream()
                .map(failed -> failed.get(0).contactId())
                .toList());
        List<Insight> found = new ArrayList<>();
        byNumber.forEach((number, failed) -> {
            UUID contact = failed.get(0).contactId();
            found.add(new Insight(
                    InsightKind.UNDELIVERED_TEXTS,
                    nameIn(names, contact) + " (" + number + ")",
                    failed.size(),
                    failed.size() + " texts were not delivered. Check the mobile number with the "
                            + "client (a landline cannot receive texts), or send their codes by email.",
                    contact));
        });
        found.sort(Comparator.comparingLong(Insight::count).reversed());
        return found;
    }

    private List<Insight> perContact(
            List<AuditEntry> events, int atLeast, InsightKind kind, Function<Long, String> nextStep) {
        Map<UUID, Long> counts = events.stream()
                .filter(e -> e.contactId() != null)
                .collect(Collectors.groupingBy(AuditEntry::contactId, LinkedHashMap::new, Collectors.counting()));
        counts.values().removeIf(count -> count < atLeast);
        Map<UUID, String> names = namesOf(counts.keySet());
        return counts.entrySet().stream()
                .sorted(Map.Entry.<UUID, Long>comparingByValue().reversed())
                .map(e -> new Insight(
                        kind, nameIn(names, e.getKey()), e.getValue(), nextStep.apply(e.getValue()), e.getKey()))
                .toList();
    }

    private List<Insight> notReady() {
        List<Insight> found = new ArrayList<>();
        for (ContactFilter reason : NOT_READY_REASONS) {
            long count = contacts.search(new ContactQuery(
                            "", ContactQuery.Scope.ACTIVE, reason, ContactSort.NAME, false, null, 0, 1))
                    .totalMatches();
            if (count > 0) {
                String why = reason.label().replaceFirst("^Not ready: ", "");
                String subject = Character.toUpperCase(why.charAt(0)) + why.substring(1);
                found.add(new Insight(
                        InsightKind.NOT_READY,
                        subject,
                        count,
                        String.format("%,d", count)
                                + (count == 1 ? " contact" : " contacts")
                                + " cannot sign in for this reason. Open Contacts, "
                                + "choose the filter \"" + reason.label() + "\" and correct them.",
                        null));
            }
        }
        return found;
    }

    /** The names of the contacts the insights are about, in one query (not one per row). */
    private Map<UUID, String> namesOf(Collection<UUID> contactIds) {
        List<UUID> known =
                contactIds.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Map.of() : contacts.displayNames(known);
    }

    /** The contact's name as staff know it; a contact removed since reads as such. */
    private static String nameIn(Map<UUID, String> names, UUID contactId) {
        return contactId == null ? "An unknown contact" : names.getOrDefault(contactId, "A contact no longer on file");
    }
}
