package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.testutil.RawSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 64 checks at once: the counter and approval are decided by atomic updates, not by luck. */
@Tag("db")
class ConcurrentCheckTest {
    private static final int THREADS = 64;

    @RegisterExtension
    final EngineFixture f = new EngineFixture();

    @BeforeEach
    void prepare() {
        f.contact("jane@example.com", "123-45-6789", "(415) 555-0123");
    }

    private List<CheckResult> checkAtOnce(UUID challenge, String code) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CheckResult>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<CheckResult> task = () -> {
                go.await();
                return f.check(challenge, code);
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        List<CheckResult> results = new ArrayList<>();
        for (Future<CheckResult> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    private int attemptsInDatabase(UUID challenge) throws Exception {
        try (Connection db = RawSql.connect(f.dataDir);
                PreparedStatement query = db.prepareStatement("SELECT attempts FROM challenge WHERE id = ?")) {
            query.setObject(1, challenge);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void sixtyFourRightCodesAtOnce_giveExactlyOneApproval() throws Exception {
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        List<CheckResult> results = checkAtOnce(started.challengeId(), f.lastCode());
        assertThat(results.stream().filter(CheckResult::approved).count()).isEqualTo(1);
        assertThat(results.stream().filter(r -> r.session().isPresent()).count())
                .isEqualTo(1);
        assertThat(attemptsInDatabase(started.challengeId())).isLessThanOrEqualTo(5);
    }

    @Test
    void sixtyFourWrongCodesAtOnce_neverPushTheCounterPastTheLimit_andTheRightCodeIsThenRefused() throws Exception {
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        String right = f.lastCode();
        List<CheckResult> results = checkAtOnce(started.challengeId(), EngineFixture.wrong(right));
        assertThat(results).noneMatch(CheckResult::approved);
        assertThat(attemptsInDatabase(started.challengeId())).isEqualTo(5);
        assertThat(results.stream()
                        .filter(r -> r.status() == ClientStatus.TOO_MANY_ATTEMPTS)
                        .count())
                .isGreaterThanOrEqualTo(THREADS - 5);
        CheckResult afterwards = f.check(started.challengeId(), right);
        assertThat(afterwards.approved()).isFalse();
        assertThat(afterwards.status()).isEqualTo(ClientStatus.TOO_MANY_ATTEMPTS);
    }
}
