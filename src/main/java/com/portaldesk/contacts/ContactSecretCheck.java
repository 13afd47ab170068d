package com.portaldesk.contacts;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.util.List;
import java.util.UUID;

/** Every stored secret opened once with the key in use, in pages of 1,000, so 100,000 contacts need little memory. */
final class ContactSecretCheck {
    private final Tx tx;
    private final FieldCipher cipher;

    ContactSecretCheck(Tx tx, FieldCipher cipher) {
        this.tx = tx;
        this.cipher = cipher;
    }

    /**
     * Opens every stored SSN, last four and PIN once, keeping nothing: proves that the key in use opens them all
     * (a backup's verify, an examiner's report). Reads in pages, so 100,000 contacts need little memory.
     */
    ContactService.SecretCheck run() {
        long opened = 0;
        long failed = 0;
        UUID after = null;
        boolean first = true;
        while (true) {
            UUID from = after;
            boolean start = first;
            List<Contact> page = tx.inTransaction(em -> {
                var query = em.createQuery(
                        "select c from Contact c where c.secretCipher is not null" + (start ? "" : " and c.id > :after")
                                + " order by c.id",
                        Contact.class);
                if (!start) {
                    query.setParameter("after", from);
                }
                return query.setMaxResults(1000).getResultList();
            });
            for (Contact contact : page) {
                try {
                    cipher.decrypt(contact.secretCipher(), contact.associatedData());
                    opened++;
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            if (page.size() < 1000) {
                return new ContactService.SecretCheck(opened, failed);
            }
            after = page.get(page.size() - 1).id();
            first = false;
        }
    }
}
