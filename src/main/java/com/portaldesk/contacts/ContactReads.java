package com.portaldesk.contacts;

import com.portaldesk.store.Tx;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Reads of many contacts at once that need only a column or two: names for the audit log, emails for matching. */
final class ContactReads {
    private static final int EMAIL_PAGE = 5_000;
    private final Tx tx;

    ContactReads(Tx tx) {
        this.tx = tx;
    }

    /** Display names for many contacts in one query; ids of removed contacts are simply absent. */
    Map<UUID, String> displayNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.inTransaction(em -> em
                .createQuery(
                        "select new " + NameRow.class.getName()
                                + "(c.id, c.firstName, c.lastName) from Contact c where c.id in :ids",
                        NameRow.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(NameRow::id, NameRow::displayName)));
    }

    record NameRow(UUID id, String firstName, String lastName) {
        String displayName() {
            return (firstName + " " + lastName).strip();
        }
    }

    record EmailRow(UUID id, String email) {}

    /** Every contact's id and email (those with one), page by page; for matching keyed hashes of emails. */
    void forEachEmail(BiConsumer<UUID, String> sink) {
        for (int offset = 0; ; offset += EMAIL_PAGE) {
            int from = offset;
            List<EmailRow> page = tx.inTransaction(em -> em.createQuery(
                            "select new " + EmailRow.class.getName()
                                    + "(c.id, c.email) from Contact c where c.email is not null order by c.id",
                            EmailRow.class)
                    .setFirstResult(from)
                    .setMaxResults(EMAIL_PAGE)
                    .getResultList());
            page.forEach(row -> sink.accept(row.id(), row.email()));
            if (page.size() < EMAIL_PAGE) {
                return;
            }
        }
    }
}
