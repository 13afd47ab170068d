package com.portaldesk.contacts;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a staff member changed on a contact, in words for the audit log: which fields, and for the email and the
 * mobile (where codes go) the old and new destination masked. Never a name, an SSN digit, a PIN or a note's text.
 */
final class ContactChanges {
    /** The fields the audit log speaks of, as they were before a change. */
    record Snapshot(
            String firstName,
            String lastName,
            String email,
            String mobileE164,
            SecretKind secretKind,
            byte[] secret,
            Channel channel,
            boolean portalAccess,
            String notes,
            Language language) {

        static Snapshot of(Contact contact) {
            return new Snapshot(
                    contact.firstName(),
                    contact.lastName(),
                    contact.email(),
                    contact.mobileE164(),
                    contact.secretKind(),
                    contact.secretCipher(),
                    contact.preferredChannel(),
                    contact.portalAccess(),
                    contact.notes(),
                    contact.preferredLanguage());
        }
    }

    private ContactChanges() {}

    /** "email a•••@example.com → b•••@example.com; mobile •••23 → none; SSN replaced", or empty for no change. */
    static String between(Snapshot before, Snapshot after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.firstName(), after.firstName())
                || !Objects.equals(before.lastName(), after.lastName())) {
            changes.add("name");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changes.add("email " + email(before.email()) + " → " + email(after.email()));
        }
        if (!Objects.equals(before.mobileE164(), after.mobileE164())) {
            changes.add("mobile " + mobile(before.mobileE164()) + " → " + mobile(after.mobileE164()));
        }
        if (!MessageDigest.isEqual(before.secret(), after.secret())) {
            changes.add(
                    after.secretKind() == SecretKind.PIN
                            ? "PIN issued"
                            : before.secretKind() == SecretKind.NONE
                                    ? secret(after.secretKind()) + " added"
                                    : secret(after.secretKind()) + " replaced");
        }
        if (before.channel() != after.channel()) {
            changes.add("code channel " + before.channel().label() + " → "
                    + after.channel().label());
        }
        if (before.portalAccess() != after.portalAccess()) {
            changes.add("portal access " + (after.portalAccess() ? "on" : "off"));
        }
        if (!Objects.equals(before.notes(), after.notes())) {
            changes.add("notes");
        }
        if (before.language() != after.language()) {
            changes.add("language " + before.language().label() + " → "
                    + after.language().label());
        }
        return String.join("; ", changes);
    }

    /** What a new contact holds, in the same words. */
    static String added(Snapshot contact) {
        List<String> parts = new ArrayList<>();
        parts.add("email " + email(contact.email()));
        parts.add("mobile " + mobile(contact.mobileE164()));
        parts.add(
                contact.secretKind() == SecretKind.PIN
                        ? "PIN issued"
                        : contact.secretKind() == SecretKind.NONE
                                ? "no SSN"
                                : secret(contact.secretKind()) + " on file");
        parts.add("codes by " + contact.channel().label().toLowerCase(Locale.ROOT));
        parts.add("portal access " + (contact.portalAccess() ? "on" : "off"));
        return String.join("; ", parts);
    }

    private static String email(String value) {
        return value == null || value.isEmpty() ? "none" : new Email(value).masked();
    }

    private static String mobile(String e164) {
        return e164 == null || e164.isEmpty()
                ? "none"
                : PhoneNumber.fromE164(e164).masked();
    }

    private static String secret(SecretKind kind) {
        return kind == SecretKind.SSN_LAST4 ? "SSN last four" : "SSN";
    }
}
