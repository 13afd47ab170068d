package com.portaldesk.contacts;

import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads contacts as lists: the contacts list's pages and counts, and every match for an export. Once the in-memory
 * {@link ContactIndex} has been read ({@link #prepareSearch}), every order but the last sign-in is answered by it,
 * brought up to date first; before that, and for a short command-line run that never reads it, the database answers
 * ({@link ContactSearch}): the same answer (ContactIndexTest), only slower on many contacts. A page's rows are always
 * read from the database by their ids; an export reads its rows in one streamed query.
 */
final class ContactLists {
    /** Rows per fetch from PostgreSQL's cursor while an export streams. */
    private static final int EXPORT_FETCH = 1000;

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
            return new ContactPage(
                    load(em, matches.ids()).stream().map(toRecord).toList(), matches.total());
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
                    .map(toRecord)
                    .toList();
            long total = query.offset() == 0 && rows.size() < query.limit() ? rows.size() : search.count(em, query);
            return new ContactPage(rows, total);
        });
    }

    /**
     * Every match in the query's order, for an export: one read-only query whose rows are streamed (a cursor on
     * PostgreSQL), so an export of 100,000 contacts does not hold them all, with only the columns the file carries.
     * It was read page by page by id, which made the database find each row again by its key: about 30,000 rows a
     * second here; this reads 64,000-107,000. The order is the list's own (ContactIndexTest holds the database's
     * order equal to the index's; CsvExportTest, the export's to the list's).
     */
    void forEachToExport(ContactQuery query, Consumer<ContactRecord> sink) {
        tx.inTransaction(em -> {
            try (Stream<Object[]> rows = search.exportRows(em, query, EXPORT_COLUMNS)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream()) {
                rows.map(ContactLists::exportRecord).forEach(sink);
            }
            return null;
        });
    }

    /** The columns {@link #exportRecord} reads, in its order. */
    private static final String EXPORT_COLUMNS = "c.id, c.firstName, c.lastName, c.email, c.mobileE164, c.secretKind, "
            + "c.preferredChannel, c.portalAccess, c.archived, c.notes, c.createdAt, c.updatedAt, c.lastPortalAccessAt, "
            + "c.preferredLanguage";

    /** A contact for export: the SSN mask and the number's display form left empty. */
    private static ContactRecord exportRecord(Object[] row) {
        String email = (String) row[3];
        String mobile = (String) row[4];
        SecretKind secret = (SecretKind) row[5];
        Channel channel = (Channel) row[6];
        boolean portalAccess = (Boolean) row[7];
        boolean archived = (Boolean) row[8];
        return new ContactRecord(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                email == null ? "" : email,
                mobile == null ? "" : mobile,
                "",
                secret,
                "",
                channel,
                portalAccess,
                archived,
                PortalReadiness.of(email != null, mobile != null, secret, channel, portalAccess, archived),
                (String) row[9],
                (Instant) row[10],
                (Instant) row[11],
                (Instant) row[12],
                Language.fromTag((String) row[13]));
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
        return em.unwrap(Session.class).byMultipleIds(Contact.class).withReadOnly(true).multiLoad(ids).stream()
                .filter(Objects::nonNull)
                .toList();
    }
}
