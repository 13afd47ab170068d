package com.portaldesk.contacts;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** A change to many contacts at once: all in one transaction or none, each contact that changed audited. */
final class ContactBulkChanges {
    private final Tx tx;
    private final AuditLog audit;
    private final Clock clock;

    ContactBulkChanges(Tx tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Archives or restores many contacts in one transaction (all or none), each audited; returns how many changed. */
    int setArchived(Collection<UUID> ids, boolean archived, Actor actor) {
        return changeAll(ids, ContactEvents.archiving(archived, actor), contact -> contact.setArchived(archived));
    }

    /** Turns portal access on or off for many contacts in one transaction, each audited; returns how many changed. */
    int setPortalAccess(Collection<UUID> ids, boolean enabled, Actor actor) {
        return changeAll(ids, ContactEvents.portalAccess(enabled, actor), contact -> contact.setPortalAccess(enabled));
    }

    private int changeAll(Collection<UUID> ids, Function<Contact, AuditRecord> event, Consumer<Contact> edit) {
        return tx.inTransaction(em -> {
            int changed = 0;
            for (UUID id : new LinkedHashSet<>(ids)) {
                Contact contact = ContactService.load(em, id);
                AuditRecord record = event.apply(contact);
                if (record != null) {
                    edit.accept(contact);
                    contact.touch(clock.instant());
                    audit.append(em, record.withContact(id));
                    changed++;
                }
            }
            return changed;
        });
    }
}
