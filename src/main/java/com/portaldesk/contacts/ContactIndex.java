package com.portaldesk.contacts;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The contacts list's search, in memory: every contact's search text and the columns its filters and orders read,
 * kept in step with the database by the {@link ContactsStamp} (count and sum of row versions). A search compares
 * the database's stamp with the stamp of what the index holds; when they differ, the index reads every contact's id
 * and version and reloads only the rows that changed. Contacts are never deleted and every change raises a row
 * version, so equal stamps mean the database holds exactly what the index holds, whichever workstation or command
 * wrote it. A LIKE over 100,000 rows took 200-400 ms; a pass over memory takes a few.
 * See docs/decisions/0018-contact-search-in-memory.md.
 */
final class ContactIndex {
    private static final int LOAD_CHUNK = 1000;

    private final Map<UUID, IndexedContact> contacts = new HashMap<>();
    /**
     * Contacts by their stored last-four lookup hash, as the database's index on that column finds them: a lookup,
     * not a comparison of secrets (the hash is keyed, and whoever searches sees the matches anyway). A pass over
     * every contact's hash took 40-60 ms on 100,000.
     */
    private final Map<ByteBuffer, Set<UUID>> byLastFour = new HashMap<>();
    /** Every contact in one order, built when first asked for and dropped on any change. */
    private final Map<ContactSort, IndexedOrder> ascending = new EnumMap<>(ContactSort.class);

    private final Map<ContactSort, IndexedOrder> descending = new EnumMap<>(ContactSort.class);
    /** Set once the first load is done; read without the lock, so a search never waits for that load. */
    private volatile boolean loaded;
    /** The sum of the row versions the index holds. */
    private long versions;

    /** The ids of the matches in the query's order from its offset (at most {@code limit}), and how many match. */
    record Matches(List<UUID> ids, long total) {}

    /** Brings the index up to the database's present state (inside the caller's transaction), then searches. */
    synchronized Matches find(EntityManager em, ContactQuery query, byte[] lastFourLookup, int limit) {
        catchUp(em);
        IndexedOrder order = ordered(query.sort(), query.descending());
        List<String> words = ContactSearch.tokens(query.text());
        BitSet candidates = words.isEmpty() ? null : candidates(order, words, lastFourLookup);
        List<UUID> page = new ArrayList<>(Math.min(limit, 1024));
        long total = 0;
        int at = candidates == null ? 0 : candidates.nextSetBit(0);
        while (at >= 0 && at < order.size()) {
            IndexedContact contact = order.row(at);
            if (admitted(contact, query)) {
                if (total >= query.offset() && page.size() < limit) {
                    page.add(contact.id());
                }
                total++;
            }
            at = candidates == null ? at + 1 : candidates.nextSetBit(at + 1);
        }
        return new Matches(page, total);
    }

    /** Whether the index has been read in ({@link #prepare}); until then searches go to the database. */
    boolean ready() {
        return loaded;
    }

    /** Reads every contact in and sorts them by name (the list's first order) now, ahead of the first search. */
    synchronized void prepare(EntityManager em) {
        catchUp(em);
        ordered(ContactSort.NAME, false);
    }

    static ContactsStamp stamp(EntityManager em) {
        Object[] row = em.createQuery("select count(c), coalesce(sum(c.version), 0) from Contact c", Object[].class)
                .getSingleResult();
        return new ContactsStamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * Compares the database's stamp with the stamp of what the index holds (its count, and the sum of the versions
     * it read). Every held version is at most the stored one and every held contact is stored, so equal stamps
     * mean every contact is held at its stored version; otherwise the changed rows are read again.
     */
    private void catchUp(EntityManager em) {
        if (!loaded) {
            load(em, null); // the first time, every row: whatever the stamp was, the index now holds them
            loaded = true;
        }
        // Also right after that first read, which takes seconds on many contacts: a change made meanwhile is caught.
        if (!stamp(em).equals(new ContactsStamp(contacts.size(), versions))) {
            load(em, changedIds(em));
            ascending.clear();
            descending.clear();
        }
    }

    private List<UUID> changedIds(EntityManager em) {
        List<UUID> changed = new ArrayList<>();
        for (StoredVersion row : em.createQuery(
                        "select new " + StoredVersion.class.getName() + "(c.id, c.version) from Contact c",
                        StoredVersion.class)
                .getResultList()) {
            IndexedContact known = contacts.get(row.id());
            if (known == null || known.version() != row.version()) {
                changed.add(row.id());
            }
        }
        return changed;
    }

    record StoredVersion(UUID id, long version) {}

    /** Reads these contacts' indexed columns (all contacts when {@code ids} is null). */
    private void load(EntityManager em, Collection<UUID> ids) {
        if (ids == null) {
            em.createQuery("select " + IndexedContact.COLUMNS + " from Contact c", Object[].class)
                    .getResultStream()
                    .map(IndexedContact::of)
                    .forEach(this::hold);
            return;
        }
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += LOAD_CHUNK) {
            em
                    .createQuery(
                            "select " + IndexedContact.COLUMNS + " from Contact c where c.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + LOAD_CHUNK)))
                    .getResultList()
                    .stream()
                    .map(IndexedContact::of)
                    .forEach(this::hold);
        }
    }

    private void hold(IndexedContact contact) {
        IndexedContact before = contacts.put(contact.id(), contact);
        versions += contact.version() - (before == null ? 0 : before.version());
        if (before != null && before.last4Lookup() != null) {
            Set<UUID> sharing = byLastFour.get(ByteBuffer.wrap(before.last4Lookup()));
            sharing.remove(contact.id());
            if (sharing.isEmpty()) {
                byLastFour.remove(ByteBuffer.wrap(before.last4Lookup()));
            }
        }
        if (contact.last4Lookup() != null) {
            byLastFour
                    .computeIfAbsent(ByteBuffer.wrap(contact.last4Lookup()), hash -> new HashSet<>())
                    .add(contact.id());
        }
    }

    private IndexedOrder ordered(ContactSort sort, boolean reversed) {
        Map<ContactSort, IndexedOrder> orders = reversed ? descending : ascending;
        return orders.computeIfAbsent(
                sort, s -> new IndexedOrder(contacts.values().toArray(IndexedContact[]::new), s.comparator(reversed)));
    }

    /**
     * The positions whose text holds every word of the query, or whose last four is the query's. Found by scanning
     * for the longest word, the rarest as a rule, and checking the others on its hits only.
     */
    private BitSet candidates(IndexedOrder order, List<String> words, byte[] lastFourLookup) {
        BitSet found = new BitSet(order.size());
        String longest =
                words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        order.forEachHolding(longest, at -> {
            if (words.size() == 1 || holdsAll(order.row(at).searchText(), words)) {
                found.set(at);
            }
        });
        if (lastFourLookup != null) {
            for (UUID id : byLastFour.getOrDefault(ByteBuffer.wrap(lastFourLookup), Set.of())) {
                found.set(order.positionOf(contacts.get(id)));
            }
        }
        return found;
    }

    private static boolean holdsAll(String text, List<String> words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean admitted(IndexedContact contact, ContactQuery query) {
        return inScope(contact, query.scope())
                && query.filter().admits(contact)
                && (query.onlyIds() == null || query.onlyIds().contains(contact.id()));
    }

    private static boolean inScope(IndexedContact contact, ContactQuery.Scope scope) {
        return switch (scope) {
            case ACTIVE -> !contact.archived();
            case ARCHIVED -> contact.archived();
            case ALL -> true;
        };
    }
}
