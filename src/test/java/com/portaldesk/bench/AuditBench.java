package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.Database;
import com.portaldesk.store.Hmac;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.crypto.Mac;

/** The whole audit chain checked, beside the floor of that work: HMAC-SHA256 over the same events' bytes in memory. */
final class AuditBench {
    private static final int BATCH = 5_000;

    private AuditBench() {}

    static void verify(AppContext context, Path dataDir, int events, BenchResults results) throws Exception {
        AuditEventType[] types = {
            AuditEventType.CHALLENGE_STARTED,
            AuditEventType.CODE_SENT,
            AuditEventType.CHECK_FAILED,
            AuditEventType.CHECK_APPROVED
        };
        double appended = Percentiles.seconds(() -> {
            for (int done = 0; done < events; done += BATCH) {
                int from = done;
                context.audit()
                        .recordAll(IntStream.range(from, Math.min(events, from + BATCH))
                                .mapToObj(
                                        i -> AuditRecord.of(types[i % types.length], AuditReason.OK, "bench-" + (i % 7))
                                                .withContact(i % 3 == 0 ? UUID.randomUUID() : null))
                                .toList());
            }
            return events;
        });
        System.out.printf(Locale.ROOT, "(appended %,d chained events in %.1f s)%n", events, appended);
        List<List<byte[]>> read = new ArrayList<>();
        double jdbcRead = Percentiles.seconds(() -> {
            read.add(eventBytes(dataDir));
            return 1;
        });
        List<byte[]> bytes = read.get(0);
        double product = Percentiles.seconds(() -> context.audit().verifyChain());
        double baseline = Percentiles.seconds(() -> chainInMemory(bytes));
        results.add(new Measure(
                "audit verify, " + String.format(Locale.ROOT, "%,d", bytes.size()) + " events",
                "s",
                product,
                baseline,
                "<= 2x the baseline",
                product <= 2 * baseline,
                String.format(
                        Locale.ROOT,
                        "baseline: HMAC-SHA256 chain over the same events' fields, already in memory; "
                                + "reading those fields by plain JDBC alone takes %.1f s",
                        jdbcRead)));
    }

    /** Every event's fields as the chain covers them, read by plain JDBC (timed apart, as the floor of the read). */
    private static List<byte[]> eventBytes(Path dataDir) throws Exception {
        Database.Credentials login = Database.embeddedCredentials(dataDir);
        List<byte[]> all = new ArrayList<>();
        try (Connection db =
                        DriverManager.getConnection(Database.embeddedUrl(dataDir), login.user(), login.password());
                Statement read = db.createStatement();
                ResultSet rows = read.executeQuery(
                        "SELECT seq, occurred_at, terminal_id, event_type, reason, contact_id, "
                                + "challenge_id, channel, destination_masked, detail, actor FROM audit_event ORDER BY seq")) {
            while (rows.next()) {
                StringBuilder fields = new StringBuilder();
                for (int i = 1; i <= 11; i++) {
                    String value = rows.getString(i);
                    fields.append(value == null ? "" : value).append('\u001F');
                }
                all.add(fields.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    /** One MAC set up once, as the verifier does: the floor of the hashing alone. */
    private static byte[] chainInMemory(List<byte[]> events) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(Hmac.key(new byte[32]));
        byte[] previous = new byte[32];
        for (byte[] event : events) {
            mac.update(previous);
            byte[] link = mac.doFinal(event);
            if (MessageDigest.isEqual(link, previous)) {
                throw new IllegalStateException("impossible");
            }
            previous = link;
        }
        return previous;
    }
}
