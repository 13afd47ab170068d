package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.FakeContacts;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.testutil.TestActor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints how long the search box's queries take on N contacts (default 100,000) in the embedded database:
 * what one keystroke costs once the typing pause has passed. A program, not a test: figures vary by machine.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=com.portaldesk.bench.ContactSearchBenchmark [-Dexec.args=100000]</pre>
 */
public final class ContactSearchBenchmark {
    private static final int RUNS = 25;

    private ContactSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dataDir = Files.createTempDirectory("portaldesk-bench");
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dataDir))) {
            long start = System.nanoTime();
            var judged = context.contactImport().judgeInputs(FakeContacts.generate(count, 42));
            int imported = context.contactImport().run(judged, ImportMode.VALID_ROWS, ImportProgress.NONE, "test file", TestActor.STAFF).imported();
            System.out.printf("seeded %,d contacts in %.1f s%n", imported, (System.nanoTime() - start) / 1e9);
            for (String text : List.of("", "s", "smith", "mary smith", "example.org", "(415) 555", "6789", "zzzz")) {
                measure(context, text);
            }
        }
    }

    private static void measure(AppContext context, String text) {
        ContactQuery query = ContactQuery.active(text);
        List<Double> millis = new ArrayList<>();
        long matches = 0;
        for (int i = 0; i < RUNS + 3; i++) {
            long start = System.nanoTime();
            matches = context.contacts().search(query).totalMatches();
            if (i >= 3) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("search %-14s matches %,7d   median %6.1f ms   p95 %6.1f ms%n", "'" + text + "'", matches,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
    }
}
