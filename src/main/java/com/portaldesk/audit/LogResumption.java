package com.portaldesk.audit;

import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * An admin's answer to the audit alarm, once they have looked: what the check found (the problem it names) and the
 * reason given become an event linked to the last event stored, and the head is sealed after it. Refused when there
 * is nothing to resume, and when events were changed inside the chain, which only a backup can bring back. Removed
 * events stay missing, and checkpoints that prove it are reported by later checks as superseded by this event.
 */
final class LogResumption {
    /** How an event is linked onto a head: AuditLog's own append, without its refusal of an unsealed head. */
    interface Linker {
        void link(EntityManager em, AuditHead head, AuditRecord record);
    }

    private final Tx tx;
    private final ChainVerifier verifier;
    private final Linker linker;
    private final Clock clock;

    LogResumption(Tx tx, ChainVerifier verifier, Linker linker, Clock clock) {
        this.tx = tx;
        this.verifier = verifier;
        this.linker = linker;
        this.clock = clock;
    }

    ChainVerification resume(Actor admin, String reason, Collection<Checkpoint> checkpoints) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the log is resumed (what was found, who was told).");
        }
        ChainVerification found = verifier.verify((done, total) -> {}, checkpoints);
        if (found.intact()) {
            throw new IllegalArgumentException("The audit log is intact; there is nothing to resume.");
        }
        if (found.breakage() != ChainVerification.Breakage.AT_END) {
            throw new AuditIntegrityException("The log is broken inside, not at its end (" + found.problem() + "). "
                    + "Resuming cannot repair that: restore the newest backup that verifies.");
        }
        tx.run(em -> {
            AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
            AuditEvent last = em
                    .createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
                    .setMaxResults(1)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .orElse(null);
            if (head == null) {
                head = AuditHead.create();
                em.persist(head);
            }
            head.advance(last == null ? 0 : last.seq(), last == null ? null : last.hash(), null);
            linker.link(
                    em,
                    head,
                    AuditRecord.by(admin, AuditEventType.AUDIT_LOG_RESUMED, AuditReason.STAFF_ACTION)
                            .withDetail("Resumed after: " + shortened(found.problem(), 300) + " Reason given: "
                                    + shortened(reason.strip(), 300) + sameMinute(found)));
        });
        return found;
    }

    /**
     * The contradicted checkpoints made in the minute this resumption happens: a checkpoint's time is a whole minute,
     * so only naming them tells later checks that they came before it (DeclaredBreak). At most five fit the detail;
     * a sixth in one minute would be an odd log, and is then reported as a break again, which errs the safe way.
     */
    private String sameMinute(ChainVerification found) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<String> codes = found.contradicted().stream()
                .filter(cp -> !cp.time().isBefore(minute))
                .limit(5)
                .map(Checkpoint::code)
                .toList();
        return codes.isEmpty()
                ? ""
                : " Checkpoints of this minute it found contradicted: " + String.join(" ", codes) + ".";
    }

    /** The event's detail holds at most 1,000 characters. */
    private static String shortened(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
