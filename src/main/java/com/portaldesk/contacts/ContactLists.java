package com.portaldesk.contacts;

import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads contacts as lists: the contacts list's pages and counts, and every match for an export. Once the in-memory
 * {@link ContactIndex} has been read ({@link #prepareSearch}), every order but the last sign-in is answered by it,
 * brought up to date first; before that, and for a short command-line run that never reads it, the database answers
 * ({@link ContactSearch}): the same answer (ContactIndexTest), only slower on many contacts. The rows themselves are
 * always read from the database by their ids.
 */
final class ContactLists {
    private static final int EXPORT_PAGE = 1000;

    private final Tx tx;
    private final ContactSearch search;
    private final ContactIndex index = new ContactIndex();
    private final Function<Contact, ContactRecord> toRecord;

    ContactLists(Tx tx, ContactSearch search, Function<Contact, ContactRecord> toRecord) {
        this.tx = tx;
        this.search = search;
        this.toRecord = toRecord;
    }

    ContactPage search(ContactQuery query) {
        if (!query.sort().inMemory() || !index.ready()) {
            return searchInDatabase(query);
        }
        return tx.inTransaction(em -> {
            ContactIndex.Matches matches = index.find(em, query, search.lastFourLookup(query), query.limit());
            return new ContactPage(load(em, matches.ids()).stream().map(toRecord).toList(), matches.total());
        });
    }

    void prepareSearch() {
        tx.inTransaction(em -> {
            index.prepare(em);
            return null;
        });
    }

    ContactPage searchInDatabase(ContactQuery query) {
        return tx.inTransaction(em -> {
            List<ContactRecord> rows = search.find(em, query, query.offset(), query.limit()).stream()
                    .map(toRecord).toList();
            long total = query.offset() == 0 && rows.size() < query.limit() ? rows.size() : search.count(em, query);
            return new ContactPage(rows, total);
        });
    }

    /**
     * Every match in the query's order, page by page, so an export of 100,000 contacts does not hold them all. The
     * matches' ids are found first; each page is then read by its ids. (Pages by OFFSET made the database walk past
     * every earlier row again for each page.)
     */
    void forEachToExport(ContactQuery query, Consumer<ContactRecord> sink) {
        List<UUID> ids = tx.inTransaction(em -> query.sort().inMemory() && index.ready()
                ? index.find(em, query, search.lastFourLookup(query), Integer.MAX_VALUE).ids()
                : search.ids(em, query, query.offset()));
        for (int from = 0; from < ids.size(); from += EXPORT_PAGE) {
            List<UUID> pageIds = ids.subList(from, Math.min(ids.size(), from + EXPORT_PAGE));
            tx.inTransaction(em -> load(em, pageIds).stream().map(ContactLists::exportRecord).toList()).forEach(sink);
        }
    }

    /** A contact for export: the SSN mask and the number's display form left empty. */
    private static ContactRecord exportRecord(Contact contact) {
        String mobile = contact.mobileE164();
        return new ContactRecord(contact.id(), contact.firstName(), contact.lastName(),
                contact.email() == null ? "" : contact.email(), mobile == null ? "" : mobile, "", contact.secretKind(),
                "", contact.preferredChannel(), contact.portalAccess(), contact.archived(),
                ContactService.readiness(contact), contact.notes(), contact.createdAt(), contact.updatedAt(),
                contact.lastPortalAccessAt(), contact.preferredLanguage());
    }

    /**
     * These contacts in this order (one that no longer exists is left out), read-only (the commit then compares
     * nothing) and by Hibernate's multi-load, whose statement is prepared once: a page of a thousand by a JPQL "in"
     * list took 50-150 ms, this 17-25 ms.
     */
    private static List<Contact> load(EntityManager em, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(org.hibernate.Session.class).byMultipleIds(Contact.class).withReadOnly(true).multiLoad(ids)
                .stream().filter(Objects::nonNull).toList();
    }
}
