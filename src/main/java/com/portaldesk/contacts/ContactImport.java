package com.portaldesk.contacts;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.DuplicateKeyException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges every row of a CSV file (field rules, duplicates inside the file, duplicates of contacts already
 * on file) and imports in one transaction, so a failed or cancelled import leaves the database untouched.
 */
public final class ContactImport {
    private static final int FLUSH_EVERY = 250;
    private static final int EMAIL_CHUNK = 500;

    private final ContactService service;

    public ContactImport(ContactService service) {
        this.service = service;
    }

    /** Contacts that were not read from a file (for example generated ones), judged like file rows. */
    public List<ImportRow> judgeInputs(List<ContactInput> inputs) {
        List<ImportRow> rows = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ContactValidator.Result result = service.validator().validate(inputs.get(i));
            List<String> problems = new ArrayList<>();
            result.errors().forEach((field, message) -> problems.add(field.label() + ": " + message));
            rows.add(new ImportRow(i + 1L, inputs.get(i), result.details(), problems));
        }
        return refuseDuplicates(rows);
    }

    /** Every row judged, in file order. Reads the database to find contacts that already exist. */
    public List<ImportRow> judge(CsvFile file, ColumnMapping mapping) {
        List<String> missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
            throw new ImportException("Missing required column: " + String.join(", ", missing)
                    + ". Columns in the file: " + String.join(", ", file.headers()) + ".");
        }
        List<ImportRow> rows = new ArrayList<>(file.rows().size());
        for (CsvFile.Row row : file.rows()) {
            rows.add(judgeFields(row, mapping));
        }
        return refuseDuplicates(rows);
    }

    private ImportRow judgeFields(CsvFile.Row row, ColumnMapping mapping) {
        String ssn = cell(row, mapping, ImportColumn.SSN);
        ContactInput input = new ContactInput(
                cell(row, mapping, ImportColumn.FIRST_NAME),
                cell(row, mapping, ImportColumn.LAST_NAME),
                cell(row, mapping, ImportColumn.EMAIL),
                cell(row, mapping, ImportColumn.MOBILE),
                ssn.isBlank() ? cell(row, mapping, ImportColumn.SSN_LAST4) : ssn,
                cell(row, mapping, ImportColumn.PIN),
                cell(row, mapping, ImportColumn.PREFERRED_CHANNEL),
                true,
                cell(row, mapping, ImportColumn.NOTES),
                cell(row, mapping, ImportColumn.LANGUAGE));
        List<String> problems = new ArrayList<>();
        String access = cell(row, mapping, ImportColumn.PORTAL_ACCESS).strip().toLowerCase(Locale.ROOT);
        switch (access) {
            case "", "yes", "y", "true", "1", "on" -> {}
            case "no", "n", "false", "0", "off" -> input = input.withPortalAccess(false);
            default -> problems.add("Portal access: yes or no.");
        }
        ContactValidator.Result result = service.validator().validate(input);
        result.errors().forEach((field, message) -> problems.add(field.label() + ": " + message));
        return new ImportRow(row.line(), input, problems.isEmpty() ? result.details() : Optional.empty(), problems);
    }

    /** Undoes the export's formula guard ('=..., '+1...) so an exported file imports unchanged. */
    private static String cell(CsvFile.Row row, ColumnMapping mapping, ImportColumn column) {
        String value = mapping.indexOf(column).map(row::cell).orElse("");
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private List<ImportRow> refuseDuplicates(List<ImportRow> rows) {
        Set<String> existing = existingPairs(rows);
        Map<String, Long> firstLine = new HashMap<>();
        List<ImportRow> judged = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            String key = pairKey(row);
            if (key == null) {
                judged.add(row);
            } else if (existing.contains(key)) {
                judged.add(row.refused("Already on file: a contact with this email and last four exists."));
            } else if (firstLine.containsKey(key)) {
                judged.add(row.refused("Same email and last four as line " + firstLine.get(key) + "."));
            } else {
                firstLine.put(key, row.line());
                judged.add(row);
            }
        }
        return judged;
    }

    private String pairKey(ImportRow row) {
        if (row.details().isEmpty()) {
            return null;
        }
        ContactDetails details = row.details().get();
        if (details.email().isEmpty() || details.newLastFour().isEmpty()) {
            return null;
        }
        return key(
                details.email().get().value(),
                service.cipher().lookupHash(details.newLastFour().get()));
    }

    private static String key(String email, byte[] lookup) {
        return email + "|" + HexFormat.of().formatHex(lookup);
    }

    private Set<String> existingPairs(List<ImportRow> rows) {
        List<String> emails = rows.stream()
                .filter(ImportRow::valid)
                .flatMap(row -> row.details().flatMap(ContactDetails::email).stream())
                .map(Email::value)
                .distinct()
                .toList();
        Set<String> pairs = new HashSet<>();
        if (emails.size() > EMAIL_CHUNK * 4) {
            // A large file: one pass over every stored pair costs less than many queries of 500 emails each.
            Set<String> wanted = new HashSet<>(emails);
            service.tx()
                    .run(em -> em.createQuery(
                                    "select new " + StoredPair.class.getName()
                                            + "(c.email, c.last4Lookup) from Contact c"
                                            + " where c.email is not null and c.last4Lookup is not null",
                                    StoredPair.class)
                            .getResultStream()
                            .filter(pair -> wanted.contains(pair.email()))
                            .forEach(pair -> pairs.add(key(pair.email(), pair.last4Lookup()))));
            return pairs;
        }
        for (int from = 0; from < emails.size(); from += EMAIL_CHUNK) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + EMAIL_CHUNK));
            service.tx()
                    .run(em -> em.createQuery(
                                    "select new " + StoredPair.class.getName()
                                            + "(c.email, c.last4Lookup) from Contact c"
                                            + " where c.email in :emails and c.last4Lookup is not null",
                                    StoredPair.class)
                            .setParameter("emails", chunk)
                            .getResultList()
                            .forEach(pair -> pairs.add(key(pair.email(), pair.last4Lookup()))));
        }
        return pairs;
    }

    /** A stored contact's email and the keyed hash of its last four (never the digits themselves). */
    record StoredPair(String email, byte[] last4Lookup) {}

    /**
     * Imports the valid rows in one transaction, with one audit event naming the source and the counts. In
     * all-or-nothing mode any refused row refuses the file. A cancel rolls everything back.
     */
    public ImportResult run(
            List<ImportRow> judged, ImportMode mode, ImportProgress progress, String source, Actor actor) {
        List<ImportRow> rejected = judged.stream().filter(row -> !row.valid()).toList();
        if (mode == ImportMode.ALL_OR_NOTHING && !rejected.isEmpty()) {
            throw new ImportException(rejected.size() + " of " + judged.size() + " rows have problems, so nothing "
                    + "was imported. Fix them, or choose to import only the valid rows.");
        }
        List<ContactDetails> valid = judged.stream()
                .filter(ImportRow::valid)
                .map(row -> row.details().orElseThrow())
                .toList();
        try {
            service.tx().run(em -> {
                insertAll(em, valid, progress);
                service.audit()
                        .append(
                                em,
                                AuditRecord.by(actor, AuditEventType.CONTACTS_IMPORTED, AuditReason.STAFF_ACTION)
                                        .withDetail(source + ": " + valid.size() + " imported, " + rejected.size()
                                                + " refused" + (rejected.isEmpty() ? "" : " (only the valid rows)")));
            });
        } catch (DuplicateKeyException e) {
            throw new ImportException("Another workstation added one of these contacts during the import, so nothing "
                    + "was imported. Run the import again: the duplicates will be reported.");
        }
        return new ImportResult(valid.size(), rejected);
    }

    private void insertAll(EntityManager em, List<ContactDetails> valid, ImportProgress progress) {
        progress.update(0, valid.size());
        for (int i = 0; i < valid.size(); i++) {
            if (progress.cancelled()) {
                throw new ImportCancelledException();
            }
            service.insert(em, valid.get(i));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
                progress.update(i + 1, valid.size());
            }
        }
        em.flush();
        if (progress.cancelled()) {
            throw new ImportCancelledException();
        }
        progress.update(valid.size(), valid.size());
    }
}
