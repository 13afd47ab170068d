package com.portaldesk.verify;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real application context on H2 in a fresh folder, with a hand-moved clock and immediate delivery to the
 * outbox. Register it with {@code @RegisterExtension}: it opens before each test and closes after it.
 */
final class EngineFixture implements BeforeEachCallback, AfterEachCallback {
    static final String TERMINAL = "test-kiosk";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6,10})\\b");

    final MutableClock clock = MutableClock.at("2026-04-15T14:00:00Z");
    Path dataDir;
    AppContext context;

    @Override
    public void beforeEach(ExtensionContext test) throws IOException {
        dataDir = Files.createTempDirectory("portaldesk-engine");
        open();
    }

    @Override
    public void afterEach(ExtensionContext test) throws IOException {
        close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    /** Opens the database in this test's folder (again, after {@link #close()} for a look at the raw files). */
    void open() {
        context = TestDatabase.open(dataDir, clock);
    }

    VerificationEngine engine() {
        return context.verification().engine();
    }

    CodeCheck codes() {
        return context.verification().codeCheck();
    }

    ContactRecord contact(String email, String ssn, String mobile) {
        return context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Test", email.substring(0, email.indexOf('@')))
                                .withEmail(email)
                                .withSsn(ssn)
                                .withMobile(mobile)
                                .build(),
                        TestActor.STAFF);
    }

    StartResult start(String email, String last4, Channel channel) {
        return engine().start(email, last4, channel, TERMINAL);
    }

    CheckResult check(UUID challenge, String code) {
        return codes().check(challenge, code, TERMINAL);
    }

    /** The code in the newest outbox message. */
    String lastCode() {
        List<OutboxEntry> messages = context.outbox().list(1);
        if (messages.isEmpty()) {
            throw new AssertionError("The outbox is empty");
        }
        return codeIn(messages.get(0));
    }

    String codeIn(OutboxEntry message) {
        Matcher matcher = CODE.matcher(message.body());
        if (!matcher.find()) {
            throw new AssertionError("No code in the newest outbox message");
        }
        return matcher.group(1);
    }

    int outboxSize() {
        return context.outbox().list(1000).size();
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    void policy(UnaryOperator<PolicyBuilder> change) {
        context.policies()
                .save(
                        change.apply(new PolicyBuilder(context.policies().current()))
                                .build(),
                        TestActor.at(TERMINAL));
    }

    /** A wrong code that is certainly not the right one. */
    static String wrong(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
