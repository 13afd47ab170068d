package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.FakeContacts;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.contacts.ImportRow;
import com.portaldesk.store.Database;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.ui.staff.ContactsViewModel;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * CSV import, search and export of N contacts through the product, each beside the bare work on the same database
 * file: a JDBC batch insert of the same rows, the same LIKE over the same column, a plain read written as CSV.
 */
final class ContactsBench {
    static final List<String> SHAPES = List.of("", "s", "smith", "example.org", "(415) 555", "6789");
    /** A search answers the count and the first page the contacts screen shows. */
    private static final int PAGE = ContactsViewModel.PAGE_SIZE;
    /** Runs per query shape; fewer on a million contacts, where each baseline run takes seconds. */
    private int searchRuns() {
        return count > 200_000 ? 12 : 40;
    }

    private final AppContext context;
    private final Path dataDir;
    private final Path work;
    private final int count;
    private final BenchResults results;

    ContactsBench(AppContext context, Path dataDir, Path work, int count, BenchResults results) {
        this.context = context;
        this.dataDir = dataDir;
        this.work = work;
        this.count = count;
        this.results = results;
    }

    private Connection connect() throws Exception {
        Database.Credentials login = Database.embeddedCredentials(dataDir);
        return DriverManager.getConnection(Database.embeddedUrl(dataDir), login.user(), login.password());
    }

    /** The CSV file a firm would import: the fake contacts written with the headers the import recognises. */
    private Path csv(List<ContactInput> contacts, int number) throws Exception {
        Path file = work.resolve("contacts-" + number + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Last name,Email,Mobile,SSN\n");
            for (ContactInput c : contacts) {
                out.write(
                        c.firstName() + "," + c.lastName() + "," + c.email() + "," + c.mobile() + "," + c.ssn() + "\n");
            }
        }
        return file;
    }

    /** Rows per file: the import refuses files over 50 MB, so a million contacts go in as several files. */
    private static final int ROWS_PER_FILE = 200_000;

    void importRate() throws Exception {
        List<ContactInput> contacts = FakeContacts.generate(count, 42);
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < contacts.size(); from += ROWS_PER_FILE) {
            files.add(csv(contacts.subList(from, Math.min(contacts.size(), from + ROWS_PER_FILE)), files.size()));
        }
        double product = Percentiles.seconds(() -> {
            int imported = 0;
            for (Path file : files) {
                CsvFile read = CsvFile.read(file);
                List<ImportRow> judged = context.contactImport().judge(read, ColumnMapping.guess(read.headers()));
                imported += context.contactImport()
                        .run(
                                judged,
                                ImportMode.VALID_ROWS,
                                ImportProgress.NONE,
                                file.getFileName().toString(),
                                TestActor.STAFF)
                        .imported();
            }
            return imported;
        });
        double baseline = Percentiles.seconds(() -> baselineInsert(contacts));
        double rate = count / product;
        double bare = count / baseline;
        results.add(new Measure(
                "CSV import, " + String.format(Locale.ROOT, "%,d", count) + " rows",
                "rows/s",
                rate,
                bare,
                ">= 20,000 rows/s and >= 30% of the baseline",
                rate >= 20_000 && rate >= 0.3 * bare,
                "baseline: JDBC batch insert of the same rows into a table of the same shape and indexes"
                        + (bare < 20_000 ? "; the baseline itself stays under 20,000 rows/s on this machine" : "")));
    }

    /**
     * The same rows into a table of the contacts table's shape, with its keys and indexes (the name and email
     * indexes, the unique email and last-four pair) and secret columns of the stored sizes, by JDBC batches.
     */
    private int baselineInsert(List<ContactInput> contacts) throws Exception {
        SecureRandom random = new SecureRandom();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE bench_contact (id UUID PRIMARY KEY, version BIGINT, first_name VARCHAR(100), "
                        + "last_name VARCHAR(100), email VARCHAR(254), mobile_e164 VARCHAR(16), secret_cipher BYTEA, "
                        + "last4_lookup BYTEA, search_text VARCHAR(700), created_at TIMESTAMP WITH TIME ZONE, "
                        + "CONSTRAINT bench_contact_unique UNIQUE (email, last4_lookup))");
                ddl.execute("CREATE INDEX bench_contact_email ON bench_contact (email)");
                ddl.execute("CREATE INDEX bench_contact_name ON bench_contact (last_name, first_name)");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO bench_contact VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                int n = 0;
                for (ContactInput c : contacts) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, c.firstName());
                    insert.setString(3, c.lastName());
                    insert.setString(4, c.email());
                    insert.setString(5, c.mobile().replaceAll("[^0-9+]", ""));
                    insert.setBytes(6, bytes(random, 56));
                    insert.setBytes(7, bytes(random, 32));
                    insert.setString(
                            8, (c.firstName() + " " + c.lastName() + " " + c.email()).toLowerCase(Locale.ROOT));
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            try (Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE bench_contact");
            }
            db.commit();
        }
        return contacts.size();
    }

    private static byte[] bytes(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    void search(String label) throws Exception {
        context.contacts().prepareSearch(); // as the staff app does from its start
        try (Connection db = connect()) {
            for (String shape : SHAPES) {
                ContactQuery query = new ContactQuery(shape, ContactQuery.Scope.ACTIVE, PAGE);
                Percentiles.Spread product = Percentiles.millis(
                        searchRuns(), () -> context.contacts().search(query));
                int[] run = {0};
                Percentiles.Spread baseline = Percentiles.millis(searchRuns(), () -> bareSearch(db, shape, run[0]++));
                boolean million = count > 200_000; // the targets: 50 ms and 3x on 100,000; 150 ms on 1,000,000
                results.add(new Measure(
                        "search p95 '" + shape + "', " + label,
                        "ms",
                        product.p95(),
                        baseline.p95(),
                        million ? "<= 150 ms" : "<= 50 ms and <= 3x the baseline",
                        million ? product.p95() <= 150 : product.p95() <= 50 && product.p95() <= 3 * baseline.p95(),
                        String.format(
                                Locale.ROOT,
                                "medians %.1f ms and %.1f ms; baseline: the same LIKE, count and "
                                        + "first page by name, in plain SQL",
                                product.median(),
                                baseline.median())));
            }
        }
    }

    /**
     * The search box's work in plain SQL: each word (a phone-like word as its digits) somewhere in the search text,
     * the count and the first page by name. The last-four lookup of a four-digit query is left out.
     */
    private static long bareSearch(Connection db, String text, int run) throws Exception {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.matches("[0-9()+\\-.]+") ? w.replaceAll("[^0-9]", "") : w)
                .filter(w -> !w.isEmpty())
                .toList();
        // Each run's SQL differs by a comment: H2 answers a repeated statement over unchanged tables from the result it
        // kept, which would time a memory read instead of the search.
        String where =
                " WHERE archived = FALSE" + " AND search_text LIKE ?".repeat(words.size()) + " /* run " + run + " */";
        long total;
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM contact" + where)) {
            bind(count, words);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
        }
        try (PreparedStatement page = db.prepareStatement("SELECT id, first_name, last_name, email, mobile_e164 "
                + "FROM contact" + where + " ORDER BY last_name, first_name LIMIT " + PAGE)) {
            bind(page, words);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2);
                }
            }
        }
        return total;
    }

    private static void bind(PreparedStatement statement, List<String> words) throws Exception {
        for (int i = 0; i < words.size(); i++) {
            statement.setString(i + 1, "%" + words.get(i) + "%");
        }
    }

    /** The median of three runs each, taking turns, so neither side alone gets the colder JVM and database. */
    void export() throws Exception {
        Path productFile = work.resolve("export.csv");
        Path bareFile = work.resolve("bare-export.csv");
        List<Double> product = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            product.add(Percentiles.seconds(
                    () -> context.csvExport().export(ContactQuery.active(""), productFile, TestActor.STAFF)));
            baseline.add(Percentiles.seconds(() -> bareExport(bareFile)));
        }
        double rate = count / median(product);
        double bare = count / median(baseline);
        results.add(new Measure(
                "export, " + String.format(Locale.ROOT, "%,d", count) + " contacts",
                "rows/s",
                rate,
                bare,
                ">= 50% of the baseline",
                rate >= 0.5 * bare,
                String.format(
                        Locale.ROOT,
                        "baseline: the same "
                                + "columns read by plain JDBC and written as CSV lines; median of 3 runs each, taking turns; "
                                + "the first: %,.0f and %,.0f rows/s",
                        count / product.get(0),
                        count / baseline.get(0))));
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** The same columns the export writes, read by plain JDBC in name order and written as CSV lines. */
    private int bareExport(Path file) throws Exception {
        int rows = 0;
        try (Connection db = connect();
                Statement read = db.createStatement();
                ResultSet all =
                        read.executeQuery("SELECT first_name, last_name, email, mobile_e164, preferred_channel, "
                                + "portal_access, preferred_language, secret_kind, notes, archived, created_at, updated_at "
                                + "FROM contact WHERE archived = FALSE ORDER BY last_name, first_name");
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "First name,Last name,Email,Mobile,Channel,Portal,Language,Secret,Notes,Archived,Created,Updated\n");
            StringBuilder line = new StringBuilder();
            while (all.next()) {
                line.setLength(0);
                for (int column = 1; column <= 12; column++) {
                    line.append(column == 1 ? "" : ",").append(all.getString(column));
                }
                out.write(line.append('\n').toString());
                rows++;
            }
        }
        return rows;
    }
}
