package com.portaldesk.audit;

import com.portaldesk.store.Tx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Walks the whole chain in order and reports the first event that does not fit: changed, removed, inserted or
 * renumbered events; a head that is missing or was moved (its seal, made with the key file, no longer matches); and,
 * given checkpoints kept outside the database, a log that no longer reaches one of them or reaches it by another
 * path. Every checkpoint counts, not only the newest: after the database is rolled back to an older copy and written
 * on, the newest checkpoint may well match the new chain while an older one proves the rewrite. A checkpoint the log
 * contradicts is a break unless a {@link DeclaredBreak} (an admin's resumption, a restore) explains it; then it is
 * reported as superseded.
 */
final class ChainVerifier {
    private static final int PAGE = 5000;
    private static final ChainVerification.Breakage END = ChainVerification.Breakage.AT_END;

    private final Tx tx;
    private final AuditKeys keys;

    ChainVerifier(Tx tx, AuditKeys keys) {
        this.tx = tx;
        this.keys = keys;
    }

    ChainVerification verify(BiConsumer<Long, Long> progress, Collection<Checkpoint> given) {
        CheckpointMatches checkpoints = new CheckpointMatches(given, this::authentic);
        if (!given.isEmpty() && checkpoints.noneAuthentic()) {
            return ChainVerification.broken(
                    ChainVerification.Breakage.FOREIGN_CHECKPOINTS,
                    0,
                    0,
                    "None of the "
                            + "checkpoints given (" + given.size()
                            + ") was made with this firm's key file, or they were "
                            + "copied wrong; nothing was checked against them.",
                    "",
                    List.of(),
                    checkpoints.notes());
        }
        AuditHead head = tx.inTransaction(em -> em.find(AuditHead.class, 1));
        AuditKeys.ChainLinks links = keys.chainLinks();
        List<DeclaredBreak> breaks = new ArrayList<>();
        byte[] previous = AuditKeys.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            long from = expectedSeq;
            // The hashed columns only, not entities: a million events are read for this walk and then dropped.
            List<StoredLink> page = tx.inTransaction(em -> em
                    .createQuery(
                            "select " + AuditEvent.CHAIN_COLUMNS
                                    + " from AuditEvent e where e.seq >= :from order by e.seq",
                            Object[].class)
                    .setParameter("from", from)
                    .setMaxResults(PAGE)
                    .getResultList()
                    .stream()
                    .map(StoredLink::of)
                    .toList());
            for (StoredLink event : page) {
                String problem = problem(event, expectedSeq, previous, links);
                if (problem != null) {
                    return ChainVerification.broken(
                            ChainVerification.Breakage.INSIDE,
                            checked,
                            Math.min(event.seq(), expectedSeq),
                            problem,
                            checkpoints.newestMatched(),
                            checkpoints.matched(),
                            checkpoints.notes());
                }
                checkpoints.reached(event.seq(), prefix(event.hash()));
                if (DeclaredBreak.TYPES.contains(event.fields().type())) {
                    breaks.add(DeclaredBreak.of(
                            event.seq(),
                            event.fields().occurredAt(),
                            event.fields().type(),
                            event.fields().actor(),
                            event.fields().detail()));
                }
                previous = event.hash();
                expectedSeq++;
                checked++;
            }
            progress.accept(checked, Math.max(head == null ? 0 : head.lastSeq(), checked));
            if (page.size() < PAGE) {
                return checkEnd(head, checked, expectedSeq - 1, previous, checkpoints, breaks);
            }
        }
    }

    /**
     * The checkpoints alone, without walking the chain: the event each names is read by its number and compared, so
     * a database rolled back to an older copy (whose head is genuinely sealed) is noticed at once, at every start
     * and on every workstation's screen, not only by a full check. Empty when the checkpoints agree or are superseded.
     */
    Optional<String> contradiction(Collection<Checkpoint> given) {
        CheckpointMatches checkpoints = new CheckpointMatches(given, this::authentic);
        if (checkpoints.noneAuthentic() || given.isEmpty()) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> {
            AuditHead head = em.find(AuditHead.class, 1);
            // Without a head (its own alarm), the log reaches as far as its newest stored event.
            long lastSeq = head != null
                    ? head.lastSeq()
                    : em.createQuery("select coalesce(max(e.seq), 0) from " + "AuditEvent e", Long.class)
                            .getSingleResult();
            List<Long> seqs =
                    checkpoints.seqs().stream().filter(seq -> seq <= lastSeq).toList();
            for (int from = 0; from < seqs.size(); from += 1000) {
                em.createQuery("select e.seq, e.hash from AuditEvent e where e.seq in :seqs", Object[].class)
                        .setParameter("seqs", seqs.subList(from, Math.min(seqs.size(), from + 1000)))
                        .getResultList()
                        .forEach(row -> checkpoints.reached((Long) row[0], prefix((byte[]) row[1])));
            }
            checkpoints.missingUpTo(lastSeq); // a named event that is gone is a contradiction too
            List<DeclaredBreak> breaks = em
                    .createQuery(
                            "select e.seq, e.occurredAt, e.type, e.actor, e.detail from "
                                    + "AuditEvent e where e.type in :types order by e.seq",
                            Object[].class)
                    .setParameter("types", DeclaredBreak.TYPES)
                    .getResultList()
                    .stream()
                    .map(row -> DeclaredBreak.of(
                            (Long) row[0], (Instant) row[1], (AuditEventType) row[2], (String) row[3], (String) row[4]))
                    .toList();
            ChainVerification judged = checkpoints.judge(0, lastSeq, breaks);
            return judged.intact() ? Optional.<String>empty() : Optional.of(judged.problem());
        });
    }

    boolean authentic(Checkpoint checkpoint) {
        return MessageDigest.isEqual(
                prefix(keys.checkpointMac(checkpoint.content())).getBytes(StandardCharsets.US_ASCII),
                checkpoint.mac().getBytes(StandardCharsets.US_ASCII));
    }

    static String prefix(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, 8);
    }

    /** One stored event as the chain sees it. */
    private record StoredLink(long seq, HashedFields fields, byte[] prevHash, byte[] hash, short encoding) {
        static StoredLink of(Object[] row) {
            return new StoredLink(
                    (Long) row[0], AuditEvent.hashed(row), (byte[]) row[11], (byte[]) row[12], (Short) row[13]);
        }
    }

    private static String problem(StoredLink event, long expectedSeq, byte[] previous, AuditKeys.ChainLinks links) {
        if (event.seq() != expectedSeq) {
            return "Event " + expectedSeq + " is missing: it was removed, or events were renumbered.";
        }
        if (!MessageDigest.isEqual(event.prevHash(), previous)) {
            return "Event " + event.seq() + " does not follow the event before it: an event was removed or inserted.";
        }
        if (event.encoding() != HashedFields.LEGACY && event.encoding() != HashedFields.LENGTH_PREFIXED) {
            return "Event " + event.seq() + " claims a way of hashing (" + event.encoding() + ") PortalDesk never "
                    + "used.";
        }
        if (!MessageDigest.isEqual(
                event.hash(), links.link(previous, event.fields().encode(event.encoding())))) {
            return "Event " + event.seq() + " was changed after it was written.";
        }
        return null;
    }

    /**
     * The last event must be where the sealed head says, and every checkpoint must agree or be superseded. The
     * checkpoints are judged first, so that a head problem reports them too (a resumption names those it found).
     */
    private ChainVerification checkEnd(
            AuditHead head,
            long checked,
            long lastSeq,
            byte[] lastHash,
            CheckpointMatches checkpoints,
            List<DeclaredBreak> breaks) {
        ChainVerification judged = checkpoints.judge(checked, lastSeq, breaks);
        if (head == null) {
            return endBroken(checked, lastSeq + 1, AuditLog.MISSING_HEAD, judged);
        }
        if (!keys.sealed(head)) {
            return endBroken(
                    checked,
                    Math.min(head.lastSeq(), lastSeq) + 1,
                    "The head of the log (event "
                            + head.lastSeq()
                            + ") does not carry PortalDesk's seal: it was moved or reset outside PortalDesk, "
                            + "so events after " + Math.min(head.lastSeq(), lastSeq) + " may have been removed.",
                    judged);
        }
        byte[] headHash = head.lastHash() == null ? AuditKeys.GENESIS : head.lastHash();
        if (head.lastSeq() != lastSeq || !MessageDigest.isEqual(headHash, lastHash)) {
            long firstBroken = Math.min(head.lastSeq(), lastSeq) + 1;
            return endBroken(
                    checked,
                    firstBroken,
                    head.lastSeq() > lastSeq
                            ? "The newest events from " + firstBroken + " on were removed."
                            : "Events after " + head.lastSeq() + " were added outside PortalDesk.",
                    judged);
        }
        return judged;
    }

    /** A break at the log's end, carrying what the checkpoints showed. */
    private static ChainVerification endBroken(long checked, long seq, String problem, ChainVerification judged) {
        return ChainVerification.broken(
                END,
                checked,
                seq,
                problem,
                judged.checkpoint(),
                judged.matched(),
                judged.contradicted(),
                judged.notes());
    }
}
