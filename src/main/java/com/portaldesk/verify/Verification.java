package com.portaldesk.verify;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Builds the verification parts once, sharing their keys and limiter, for the application context. */
public final class Verification implements AutoCloseable {
    private final VerificationEngine engine;
    private final CodeCheck codeCheck;
    private final ClientSessions sessions;
    private final IdentityLocks locks;
    private final DeliveryDispatcher dispatcher;

    public Verification(Tx tx, FieldCipher cipher, PolicyService policies, SignInLookup lookup, AuditLog audit,
                        CodeSender sender, ExecutorService deliveryThreads, Duration handOffDelay, Clock clock) {
        CodeHasher hasher = new CodeHasher(cipher);
        AttemptLimiter limiter = new AttemptLimiter();
        this.dispatcher = new DeliveryDispatcher(sender, tx, audit, deliveryThreads, handOffDelay);
        this.sessions = new ClientSessions(tx, audit, clock);
        this.engine = new VerificationEngine(tx, policies, lookup, audit, hasher, limiter, dispatcher, clock);
        dispatcher.onSmsFailure(engine::fallbackToEmail);
        this.codeCheck = new CodeCheck(tx, policies, audit, hasher, limiter, sessions, clock);
        this.locks = new IdentityLocks(tx, audit, hasher, limiter, clock);
    }

    public static List<Class<?>> entityClasses() {
        return List.of(Challenge.class, IdentityFailure.class, IdentityState.class, SendLogEntry.class,
                ClientSessionRow.class);
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

    /** Waits for codes still being sent. */
    @Override
    public void close() {
        dispatcher.close();
    }
}
