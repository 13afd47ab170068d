package com.portaldesk.contacts;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.ContactChanges.Snapshot;
import com.portaldesk.store.DuplicateKeyException;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Adds, changes, finds and archives contacts. Owns its transactions; every refusal is a
 * {@link ContactException} whose message names the problem, and a refused change saves nothing. Every change is
 * audited in its own transaction with who made it and where (see {@link ContactChanges} for the words).
 */
public final class ContactService {
    private final ContactReads reads;
    private final ContactBulkChanges bulk;

    private final Tx tx;
    private final FieldCipher cipher;
    private final ContactValidator validator;
    private final ContactLists lists;
    private final ContactSecrets secrets;
    private final String region;
    private final Clock clock;
    private final AuditLog audit;

    public ContactService(Tx tx, FieldCipher cipher, String defaultRegion, Clock clock, AuditLog audit) {
        this.reads = new ContactReads(tx);
        this.bulk = new ContactBulkChanges(tx, audit, clock);
        this.audit = audit;
        this.tx = tx;
        this.cipher = cipher;
        this.validator = new ContactValidator(defaultRegion);
        this.lists = new ContactLists(tx, new ContactSearch(cipher), this::toRecord);
        this.secrets = new ContactSecrets(cipher);
        this.region = defaultRegion;
        this.clock = clock;
    }

    /** The entity classes this package stores, for the one place that builds the database. */
    public static List<Class<?>> entityClasses() {
        return List.of(Contact.class);
    }

    public ContactValidator validator() {
        return validator;
    }

    public ContactRecord add(ContactInput input, Actor actor) {
        ContactDetails details = validOrThrow(input);
        return saving(() -> tx.inTransaction(em -> {
            Contact contact = new Contact(UUID.randomUUID(), clock.instant());
            apply(em, contact, details);
            em.persist(contact);
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.CONTACT_ADDED, AuditReason.STAFF_ACTION)
                            .withContact(contact.id())
                            .withDetail(ContactChanges.added(Snapshot.of(contact))));
            return toRecord(contact);
        }));
    }

    public ContactRecord update(UUID id, ContactInput input, Actor actor) {
        ContactDetails details = validOrThrow(input);
        return saving(() -> tx.inTransaction(em -> {
            Contact contact = load(em, id);
            Snapshot before = Snapshot.of(contact);
            apply(em, contact, details);
            contact.touch(clock.instant());
            String changes = ContactChanges.between(before, Snapshot.of(contact));
            if (!changes.isEmpty()) {
                audit.append(
                        em,
                        AuditRecord.by(actor, AuditEventType.CONTACT_CHANGED, AuditReason.STAFF_ACTION)
                                .withContact(id)
                                .withDetail(changes));
            }
            return toRecord(contact);
        }));
    }

    public ContactRecord setArchived(UUID id, boolean archived, Actor actor) {
        return change(id, ContactEvents.archiving(archived, actor), contact -> contact.setArchived(archived));
    }

    public ContactRecord setPortalAccess(UUID id, boolean enabled, Actor actor) {
        return change(id, ContactEvents.portalAccess(enabled, actor), contact -> contact.setPortalAccess(enabled));
    }

    /** Archives or restores many contacts in one transaction (all or none), each audited; returns how many changed. */
    public int setArchived(Collection<UUID> ids, boolean archived, Actor actor) {
        return bulk.setArchived(ids, archived, actor);
    }

    /** Turns portal access on or off for many contacts in one transaction, each audited; returns how many changed. */
    public int setPortalAccess(Collection<UUID> ids, boolean enabled, Actor actor) {
        return bulk.setPortalAccess(ids, enabled, actor);
    }

    /**
     * How many contacts there are and the sum of their row versions: one scan, and different after any workstation
     * or the command line adds, changes, archives or imports a contact (every update raises a version), whatever
     * the clocks of the workstations say, so open lists know to reload.
     */
    public ContactsStamp stamp() {
        return tx.inTransaction(ContactIndex::stamp);
    }

    /** One change and its audit event (none when the change changes nothing), in one transaction. */
    private ContactRecord change(UUID id, Function<Contact, AuditRecord> event, Consumer<Contact> edit) {
        return tx.inTransaction(em -> {
            Contact contact = load(em, id);
            AuditRecord record = event.apply(contact);
            edit.accept(contact);
            contact.touch(clock.instant());
            if (record != null) {
                audit.append(em, record.withContact(id));
            }
            return toRecord(contact);
        });
    }

    public ContactRecord get(UUID id) {
        return tx.inTransaction(em -> toRecord(load(em, id)));
    }

    /** Display names for many contacts in one query; ids of removed contacts are simply absent. */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        return reads.displayNames(ids);
    }

    /** A page of the query's matches and how many there are (see {@link ContactLists}). */
    public ContactPage search(ContactQuery query) {
        return lists.search(query);
    }

    /**
     * Reads the contacts into the search index, from which searches are answered from then on: the staff app does
     * this in the background from its start, while its user signs in.
     */
    public void prepareSearch() {
        lists.prepareSearch();
    }

    /** The database's own answer, by LIKE and ORDER BY: for the orders not kept in memory, and the index's yardstick. */
    ContactPage searchInDatabase(ContactQuery query) {
        return lists.searchInDatabase(query);
    }

    /**
     * Every match of the query in its order, page by page, for export: the SSN mask and the mobile's display form
     * are left empty, since the file carries neither, and so no secret is opened and no number parsed.
     */
    public void forEachToExport(ContactQuery query, Consumer<ContactRecord> sink) {
        lists.forEachToExport(query, sink);
    }

    /** Every contact's id and email (those with one), page by page; for matching keyed hashes of emails. */
    public void forEachEmail(BiConsumer<UUID, String> sink) {
        reads.forEachEmail(sink);
    }

    /** A PIN that no other contact with this email uses, so the (email, last four) pair stays unique. */
    public Pin suggestPin(String email) {
        return FreePins.suggest(tx, cipher, email);
    }

    ContactDetails validOrThrow(ContactInput input) {
        ContactValidator.Result result = validator.validate(input);
        if (!result.isValid()) {
            throw new ContactException(result.summary(), result.errors());
        }
        return result.details().orElseThrow();
    }

    /**
     * Saves in the caller's transaction, so that a whole import is one transaction. The import has checked
     * the (email, last four) pairs in bulk beforehand; the unique constraint still guards against a race.
     */
    void insert(EntityManager em, ContactDetails details) {
        Contact contact = new Contact(UUID.randomUUID(), clock.instant());
        contact.setDetails(details);
        secrets.apply(contact, details);
        contact.setSearchText(ContactSearch.searchTextOf(details));
        em.persist(contact);
    }

    Tx tx() {
        return tx;
    }

    AuditLog audit() {
        return audit;
    }

    FieldCipher cipher() {
        return cipher;
    }

    private void apply(EntityManager em, Contact contact, ContactDetails details) {
        contact.setDetails(details);
        secrets.apply(contact, details);
        ContactStore.refuseClash(em, contact);
        contact.setSearchText(ContactSearch.searchTextOf(details));
    }

    static Contact load(EntityManager em, UUID id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new ContactException("This contact no longer exists; another workstation may have removed it.");
        }
        return contact;
    }

    private <T> T saving(Supplier<T> work) {
        try {
            return work.get();
        } catch (DuplicateKeyException e) {
            throw new ContactConflictException(
                    "Another workstation just saved a contact with the same email and last four. "
                            + "Search for it before saving again.",
                    Map.of(ContactField.SSN, "Already in use with this email."));
        }
    }

    ContactRecord toRecord(Contact contact) {
        String mobile = contact.mobileE164();
        return new ContactRecord(
                contact.id(),
                contact.firstName(),
                contact.lastName(),
                contact.email() == null ? "" : contact.email(),
                mobile == null ? "" : mobile,
                mobile == null ? "" : PhoneNumber.displayOf(mobile, region),
                contact.secretKind(),
                secrets.masked(contact),
                contact.preferredChannel(),
                contact.portalAccess(),
                contact.archived(),
                PortalReadiness.of(contact),
                contact.notes(),
                contact.createdAt(),
                contact.updatedAt(),
                contact.lastPortalAccessAt(),
                contact.preferredLanguage());
    }

    Instant now() {
        return clock.instant();
    }

    /** How many stored SSNs, last fours and PINs opened with the key file, and how many did not. */
    public record SecretCheck(long opened, long failed) {}

    /**
     * Opens every stored SSN, last four and PIN once, keeping nothing: proves that the key in use opens them all
     * (a backup's verify, an examiner's report).
     */
    public SecretCheck checkSecrets() {
        return new ContactSecretCheck(tx, cipher).run();
    }
}
