package com.portaldesk.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Audit events in words: the staff member by name and the contact by name, looked up when the events are shown
 * (the events keep the ids, for machines, and a later correction of a name shows everywhere). Who owns the names
 * (contacts, staff accounts) is wired in by the application, so the audit log depends on neither.
 */
public final class AuditNames {
    /** Finds names in bulk; missing keys are simply absent from the answer. */
    public interface Lookup {
        Map<UUID, String> contacts(Collection<UUID> ids);

        Map<String, String> staff(Collection<String> usernames);
    }

    /** An event with its people named: "Ann Lee (ann.lee)", "command line (os:root)", "Barbara Thomas". */
    public record Named(AuditEntry entry, String who, String contact) {}

    private final Lookup lookup;

    public AuditNames(Lookup lookup) {
        this.lookup = lookup;
    }

    /** Names looked up by these two, each in bulk. */
    public static AuditNames of(
            Function<Collection<UUID>, Map<UUID, String>> contacts,
            Function<Collection<String>, Map<String, String>> staff) {
        return new AuditNames(new Lookup() {
            @Override
            public Map<UUID, String> contacts(Collection<UUID> ids) {
                return contacts.apply(ids);
            }

            @Override
            public Map<String, String> staff(Collection<String> usernames) {
                return staff.apply(usernames);
            }
        });
    }

    public List<Named> name(List<AuditEntry> entries) {
        Set<UUID> contactIds = new LinkedHashSet<>();
        Set<String> usernames = new LinkedHashSet<>();
        for (AuditEntry entry : entries) {
            if (entry.contactId() != null) {
                contactIds.add(entry.contactId());
            }
            if (!entry.actor().isEmpty() && !Actor.isOperatingSystemUser(entry.actor())) {
                usernames.add(entry.actor());
            }
        }
        Map<UUID, String> contacts = contactIds.isEmpty() ? Map.of() : lookup.contacts(contactIds);
        Map<String, String> staff = usernames.isEmpty() ? Map.of() : lookup.staff(usernames);
        return entries.stream()
                .map(entry -> new Named(
                        entry,
                        who(entry.actor(), staff),
                        entry.contactId() == null
                                ? ""
                                : Objects.requireNonNullElse(
                                        contacts.get(entry.contactId()), "(contact no longer on file)")))
                .toList();
    }

    private static String who(String actor, Map<String, String> staff) {
        if (actor.isEmpty()) {
            return "";
        }
        if (Actor.isOperatingSystemUser(actor)) {
            return "command line (" + actor + ")";
        }
        String name = staff.get(actor);
        return name == null || name.isBlank() ? actor : name + " (" + actor + ")";
    }
}
