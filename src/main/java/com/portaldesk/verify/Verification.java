package com.portaldesk.verify;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/** Builds the verification parts once, sharing their keys, lockout and delivery queue, for the application context. */
public final class Verification implements AutoCloseable {
    private final VerificationEngine engine;
    private final CodeCheck codeCheck;
    private final ClientSessions sessions;
    private final IdentityLocks locks;
    private final DeliveryWorker worker;
    private final TestMessages testMessages;

    /**
     * How codes leave: the provider, the threads that hand them over, and how long a start waits for the hand-over
     * before it answers (zero in tests that deliver on the calling thread).
     */
    public record Sending(CodeSender sender, ExecutorService threads, Duration handOffDelay) {}

    public Verification(
            Tx tx,
            FieldCipher cipher,
            PolicyService policies,
            SignInLookup lookup,
            AuditLog audit,
            Sending sending,
            Clock clock) {
        CodeSender sender = sending.sender();
        CodeHasher hasher = new CodeHasher(cipher);
        VerifyGround ground = new VerifyGround(tx, policies, audit, hasher, clock);
        IdentityLockout lockout = new IdentityLockout();
        DeliveryQueue queue = new DeliveryQueue(tx, cipher, policies, clock);
        CodeIssuer issuer = new CodeIssuer(hasher, queue);
        DeliveryOutcomes outcomes =
                new DeliveryOutcomes(tx, queue, audit, new EmailFallback(policies, lookup, audit, issuer));
        this.worker = new DeliveryWorker(queue, outcomes, sender, sending.threads(), sending.handOffDelay());
        this.sessions = new ClientSessions(tx, audit, clock);
        this.engine = new VerificationEngine(ground, lookup, lockout, issuer, worker);
        this.codeCheck = new CodeCheck(ground, lockout, sessions, lookup);
        this.locks = new IdentityLocks(tx, audit, hasher, lockout, clock);
        this.testMessages = new TestMessages(tx, policies, audit, hasher, sender, clock);
    }

    public static List<Class<?>> entityClasses() {
        return List.of(
                Challenge.class,
                IdentityFailure.class,
                IdentityState.class,
                SendLogEntry.class,
                ClientSessionRow.class,
                CodeDelivery.class);
    }

    public VerificationEngine engine() {
        return engine;
    }

    public CodeCheck codeCheck() {
        return codeCheck;
    }

    public ClientSessions sessions() {
        return sessions;
    }

    public IdentityLocks locks() {
        return locks;
    }

    public TestMessages testMessages() {
        return testMessages;
    }

    /**
     * Makes this process a full delivery worker: it also sends codes other processes queued and could not finish
     * (a command line run with --no-wait, a process that was killed). The staff app and the kiosk call it.
     */
    public void startDeliveries() {
        worker.start();
    }

    /**
     * Waits until every code of these challenges is final: accepted, failed and fallen back to email, or given up.
     * False when {@code max} passed first (another PortalDesk process will finish them).
     */
    public boolean awaitDeliveries(Collection<UUID> challengeIds, Duration max) {
        return worker.awaitFinal(challengeIds, max);
    }

    /** Lets codes being sent finish; codes not yet taken stay queued for the next PortalDesk process. */
    @Override
    public void close() {
        worker.close();
    }
}
