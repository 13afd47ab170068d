package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.AppConfig;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Fills an embedded database with N audit events (default 1,000,000, through the real chained append) and
 * prints what the audit screen's queries cost: the newest page, a filtered page, a page deep in the past,
 * the dashboard's 30-day counts, and the whole-chain check.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=com.portaldesk.bench.AuditLogBenchmark [-Dexec.args=1000000]</pre>
 */
public final class AuditLogBenchmark {
    private static final int BATCH = 5_000;

    private AuditLogBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (AppContext context =
                AppContext.open(AppConfig.forDataDir(Files.createTempDirectory("portaldesk-audit")))) {
            long start = System.nanoTime();
            AuditEventType[] types = {
                AuditEventType.CHALLENGE_STARTED,
                AuditEventType.CODE_SENT,
                AuditEventType.CHECK_FAILED,
                AuditEventType.CHECK_APPROVED
            };
            for (int done = 0; done < count; done += BATCH) {
                int from = done;
                context.audit()
                        .recordAll(IntStream.range(from, Math.min(count, from + BATCH))
                                .mapToObj(
                                        i -> AuditRecord.of(types[i % types.length], AuditReason.OK, "bench-" + (i % 7))
                                                .withContact(i % 3 == 0 ? UUID.randomUUID() : null))
                                .toList());
            }
            System.out.printf("appended %,d chained events in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
            time("newest page (200)", () -> context.audit().list(new AuditQuery(null, null, null, null, null, 200)));
            time(
                    "filtered page: CHECK_APPROVED",
                    () -> context.audit()
                            .list(new AuditQuery(null, null, AuditEventType.CHECK_APPROVED, null, null, 200)));
            time(
                    "page before event 1,000",
                    () -> context.audit().list(AuditQuery.latest(200).olderThan(1_000)));
            time(
                    "filtered by terminal",
                    () -> context.audit().list(new AuditQuery(null, null, null, null, "bench-3", 200)));
            time(
                    "dashboard 30-day counts",
                    () -> context.audit().dailyCounts(Instant.now().minus(30, ChronoUnit.DAYS), List.of(types)));
            time("verify the whole chain", () -> context.audit().verifyChain());
        }
    }

    private static void time(String what, Supplier<?> query) {
        Object warmUp = query.get(); // the first run loads classes and warms the database's caches
        long start = System.nanoTime();
        Object result = query.get();
        String size = result instanceof List<?> list ? list.size() + " rows" : String.valueOf(result);
        System.out.printf(
                "%-32s %8.1f ms   (%s)%n",
                what, (System.nanoTime() - start) / 1e6, size.length() > 60 ? size.substring(0, 60) : size);
    }
}
