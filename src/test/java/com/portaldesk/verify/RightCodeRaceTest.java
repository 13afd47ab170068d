package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The right code typed many times at once (a double tap, two kiosks): one sign-in, and every other check is told
 * and audited "this code was just used, start again" (NOT_PENDING), never "too many tries", on H2 and PostgreSQL.
 */
@Tag("postgres")
class RightCodeRaceTest {
    private static final int THREADS = 32;
    private static final String PG_URL = System.getenv("PORTALDESK_TEST_PG_URL");
    private static final String PG_USER = System.getenv().getOrDefault("PORTALDESK_TEST_PG_USER", "portaldesk");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("PORTALDESK_TEST_PG_PASSWORD", "");
    private static final String PG_SCHEMA = "portaldesk_race";

    @TempDir
    Path dataDir;

    @Test
    void onH2_theLosersAreToldTheCodeWasJustUsed() throws Exception {
        try (AppContext context = AppContext.open(
                AppConfig.forDataDir(dataDir),
                Opening.program()
                        .at(MutableClock.at("2026-06-01T10:00:00Z"))
                        .deliveringOn(new DirectExecutorService(), Duration.ZERO))) {
            race(context);
        }
    }

    @Test
    void onPostgres_theLosersAreToldTheCodeWasJustUsed() throws Exception {
        assumeTrue(PG_URL != null, "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + PG_SCHEMA);
        }
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
        AppConfig config = AppConfig.load(
                null,
                Map.of("PD_PG_SECRET", PG_PASSWORD),
                Map.of(
                        ConfigKey.DATA_DIR,
                        dataDir.toString(),
                        ConfigKey.DB_URL,
                        url,
                        ConfigKey.DB_USER,
                        PG_USER,
                        ConfigKey.DB_PASSWORD,
                        "${env:PD_PG_SECRET}",
                        ConfigKey.DB_POOL_SIZE,
                        "16"));
        try (AppContext context = AppContext.open(
                config,
                Opening.program()
                        .at(MutableClock.at("2026-06-01T10:00:00Z"))
                        .deliveringOn(new DirectExecutorService(), Duration.ZERO))) {
            race(context);
        }
    }

    private static void race(AppContext context) throws Exception {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Jane", "Doe")
                                .withEmail("jane@example.com")
                                .withSsn("123-45-6789")
                                .build(),
                        TestActor.STAFF);
        StartResult started = context.verification().engine().start("jane@example.com", "6789", Channel.EMAIL, "k1");
        String code = codeIn(context.outbox().list(1).get(0));

        List<CheckResult> results =
                atOnce(() -> context.verification().codeCheck().check(started.challengeId(), code, "k2"));

        assertThat(results).filteredOn(CheckResult::approved).hasSize(1);
        assertThat(results)
                .filteredOn(r -> !r.approved())
                .extracting(CheckResult::status)
                .containsOnly(ClientStatus.START_AGAIN);
        List<AuditEntry> refusals =
                context.audit().list(new AuditQuery(null, null, AuditEventType.CHECK_FAILED, null, null, 100));
        assertThat(refusals).hasSize(THREADS - 1).extracting(AuditEntry::reason).containsOnly(AuditReason.NOT_PENDING);
    }

    private static List<CheckResult> atOnce(Callable<CheckResult> check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return check.call();
                }));
            }
            go.countDown();
            List<CheckResult> results = new ArrayList<>();
            for (Future<CheckResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String codeIn(OutboxEntry message) {
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(message.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
