package com.portaldesk.contacts;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.util.UUID;

/**
 * Shows a full SSN to a staff member who holds the permission, and records that they saw it. Every reveal
 * is an audit event naming who, which contact and from where; the digits themselves are never logged.
 */
public final class SsnReveal {
    private final Tx tx;
    private final FieldCipher cipher;
    private final AuditLog audit;

    public SsnReveal(Tx tx, FieldCipher cipher, AuditLog audit) {
        this.tx = tx;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * 123-45-6789, or the last four alone when only they are on file. {@code permitted} is the staff member's own
     * permission, as their signed-in session holds it (staff accounts are not this package's business).
     */
    public String reveal(UUID contactId, Actor staff, boolean permitted) {
        if (staff == null || !permitted) {
            throw new ContactException("You do not have permission to see full SSNs; ask an admin.");
        }
        return tx.inTransaction(em -> {
            Contact contact = em.find(Contact.class, contactId);
            if (contact == null || contact.secretKind() == SecretKind.NONE || contact.secretKind() == SecretKind.PIN) {
                throw new ContactException("There is no SSN on file for this contact.");
            }
            String digits = cipher.decrypt(contact.secretCipher(), contact.associatedData());
            audit.append(
                    em,
                    AuditRecord.by(staff, AuditEventType.SSN_REVEALED, AuditReason.OK)
                            .withContact(contactId)
                            .withDetail("by " + staff.name()));
            return digits.length() == 9
                    ? digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5)
                    : digits;
        });
    }
}
