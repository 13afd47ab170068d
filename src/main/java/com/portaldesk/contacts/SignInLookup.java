package com.portaldesk.contacts;

import com.portaldesk.store.FieldCipher;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the contact a client means by (email, last four). Works the same way whatever it finds: one query
 * by email, then a constant-time comparison of the keyed hash against every contact with that email, so
 * that a match and a miss cost about the same.
 */
public final class SignInLookup {
    /** How the typed details relate to the contacts on file. */
    public enum Outcome {
        MATCH,
        UNKNOWN_EMAIL,
        SSN_MISMATCH,
        ARCHIVED,
        PORTAL_DISABLED
    }

    /** The verdict; contact details are present when a contact was identified (even if it may not sign in). */
    public record Candidate(
            Outcome outcome,
            Optional<UUID> contactId,
            String email,
            Optional<PhoneNumber> mobile,
            String firstName,
            Language language) {}

    private final FieldCipher cipher;

    public SignInLookup(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public Candidate find(EntityManager em, Email email, String lastFour) {
        byte[] wanted = cipher.lookupHash(lastFour);
        List<Contact> sameEmail = em.createQuery("select c from Contact c where c.email = :email", Contact.class)
                .setParameter("email", email.value())
                .getResultList();
        Contact match = null;
        for (Contact contact : sameEmail) {
            boolean equal = contact.last4Lookup() != null && MessageDigest.isEqual(contact.last4Lookup(), wanted);
            if (equal && match == null) {
                match = contact;
            }
        }
        if (match == null) {
            Optional<UUID> only =
                    sameEmail.size() == 1 ? Optional.of(sameEmail.get(0).id()) : Optional.empty();
            return new Candidate(
                    sameEmail.isEmpty() ? Outcome.UNKNOWN_EMAIL : Outcome.SSN_MISMATCH,
                    only,
                    email.value(),
                    Optional.empty(),
                    "",
                    Language.ENGLISH);
        }
        Outcome outcome =
                match.archived() ? Outcome.ARCHIVED : !match.portalAccess() ? Outcome.PORTAL_DISABLED : Outcome.MATCH;
        return candidate(outcome, match);
    }

    /** The destinations of a contact already identified, for a resend on another channel. */
    public Optional<Candidate> byId(EntityManager em, UUID contactId) {
        return Optional.ofNullable(em.find(Contact.class, contactId)).map(c -> candidate(Outcome.MATCH, c));
    }

    private static Candidate candidate(Outcome outcome, Contact contact) {
        return new Candidate(
                outcome,
                Optional.of(contact.id()),
                contact.email(),
                Optional.ofNullable(contact.mobileE164()).map(PhoneNumber::fromE164),
                contact.firstName(),
                contact.preferredLanguage());
    }

    /** A client signed in: the time goes on the contact (the list's "Last sign-in"), in the caller's transaction. */
    public void recordSignIn(EntityManager em, UUID contactId, Instant when) {
        em.createQuery("update Contact c set c.lastPortalAccessAt = :when where c.id = :id")
                .setParameter("when", when)
                .setParameter("id", contactId)
                .executeUpdate();
    }
}
