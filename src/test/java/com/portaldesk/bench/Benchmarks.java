package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.FakeContacts;
import com.portaldesk.testutil.DirectExecutorService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every benchmark in one run, each figure beside its bare baseline from the same run, written to
 * target/bench/results.json and results.txt. A program, not a test: the figures depend on the machine.
 *
 * <pre>mvn -Pbench verify   (-Dbench.contacts=100000 -Dbench.auditEvents=1000000 -Dbench.signIns=500
 *                          -Dbench.million=true for the search over 1,000,000 contacts, which takes minutes more;
 *                          -Dbench.only=search,export,signin,audit,app for some of them)</pre>
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        int contacts = Integer.getInteger("bench.contacts", 100_000);
        int events = Integer.getInteger("bench.auditEvents", 1_000_000);
        int signIns = Integer.getInteger("bench.signIns", 500);
        BenchResults results = new BenchResults();
        Path work = Files.createTempDirectory("portaldesk-bench");
        try {
            Path data = work.resolve("data");
            try (AppContext context = AppContext.open(
                    AppConfig.forDataDir(data),
                    Opening.program().deliveringOn(new DirectExecutorService(), Duration.ZERO))) {
                ContactsBench bench = new ContactsBench(context, data, work, contacts, results);
                bench.importRate(); // also the seeding for the rest
                if (selected("search")) {
                    bench.search(String.format(Locale.ROOT, "%,d contacts", contacts));
                }
                if (selected("export")) {
                    bench.export();
                }
                if (selected("signin")) {
                    SignInBench.throughput(context, data, FakeContacts.generate(contacts, 42), signIns, results);
                }
                if (selected("audit")) {
                    AuditBench.verify(context, data, events, results);
                }
            }
            if (selected("app")) {
                AppBench.measure(
                        data, contacts, results); // the staff app on the same contacts, in processes of its own
            }
            if (Boolean.getBoolean("bench.million")) {
                millionContacts(work.resolve("million"), results);
            } else {
                results.add(Measure.notRun(
                        "search p95 over 1,000,000 contacts",
                        "ms",
                        "<= 150 ms",
                        "not run by default: seeding a million contacts takes several minutes; -Dbench.million=true"));
            }
            results.write(Path.of("target", "bench"));
        } finally {
            delete(work);
        }
    }

    /** -Dbench.only=search,export runs those (and the import, which seeds them); without it, everything. */
    private static boolean selected(String measure) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(measure);
    }

    private static void millionContacts(Path folder, BenchResults results) throws Exception {
        try (AppContext context = AppContext.open(
                AppConfig.forDataDir(folder.resolve("data")),
                Opening.program().deliveringOn(new DirectExecutorService(), Duration.ZERO))) {
            Files.createDirectories(folder);
            ContactsBench bench = new ContactsBench(context, folder.resolve("data"), folder, 1_000_000, results);
            bench.importRate();
            bench.search("1,000,000 contacts");
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
