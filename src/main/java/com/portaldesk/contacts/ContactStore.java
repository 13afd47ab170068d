package com.portaldesk.contacts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries that guard the (email, last four) pair: a couple may share an email, never a pair. */
final class ContactStore {
    private ContactStore() {}

    static Optional<Contact> findClash(EntityManager em, String email, byte[] lookup, UUID exceptId) {
        if (email == null || lookup == null) {
            return Optional.empty();
        }
        List<Contact> found = em.createQuery(
                        "select c from Contact c where c.email = :email and c.last4Lookup = :lookup", Contact.class)
                .setParameter("email", email)
                .setParameter("lookup", lookup)
                // No auto-flush: the contact being saved must not hit the unique constraint before we can name the
                // clash.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return found.stream().filter(c -> !c.id().equals(exceptId)).findFirst();
    }

    static void refuseClash(EntityManager em, Contact contact) {
        findClash(em, contact.email(), contact.last4Lookup(), contact.id()).ifPresent(other -> {
            String name = other.displayName() + (other.archived() ? " (archived)" : "");
            throw new ContactConflictException(
                    "Another contact, " + name + ", already has this email with the same " + lastFourWord(contact)
                            + ". Two people may share an email only with different last fours.",
                    Map.of(
                            contact.secretKind() == SecretKind.PIN ? ContactField.PIN : ContactField.SSN,
                            "Same email and last four as " + name + "."));
        });
    }

    private static String lastFourWord(Contact contact) {
        return contact.secretKind() == SecretKind.PIN ? "PIN" : "SSN last four";
    }
}
