package com.portaldesk.audit;

import com.portaldesk.store.Tx;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Walks the whole chain in order and reports the first event that does not fit: changed, removed, inserted or
 * renumbered events; a head that was moved (its seal, made with the key file, no longer matches); and, given a
 * checkpoint kept outside the database, a log that no longer reaches it or reaches it by another path.
 */
final class ChainVerifier {
    private static final int PAGE = 5000;

    private final Tx tx;
    private final AuditKeys keys;

    ChainVerifier(Tx tx, AuditKeys keys) {
        this.tx = tx;
        this.keys = keys;
    }

    ChainVerification verify(BiConsumer<Long, Long> progress, Optional<Checkpoint> expected) {
        if (expected.isPresent() && !authentic(expected.get())) {
            return ChainVerification.broken(0, expected.get().seq(), "The checkpoint " + expected.get().code()
                    + " was not made with this firm's key file, or was copied wrong; nothing was checked against it.",
                    expected.get().code());
        }
        String against = expected.map(Checkpoint::code).orElse("");
        AuditHead head = tx.inTransaction(em -> em.find(AuditHead.class, 1));
        AuditKeys.ChainLinks links = keys.chainLinks();
        byte[] previous = AuditKeys.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            long from = expectedSeq;
            // The hashed columns only, not entities: a million events are read for this walk and then dropped.
            List<StoredLink> page = tx.inTransaction(em -> em.createQuery("select " + AuditEvent.CHAIN_COLUMNS
                            + " from AuditEvent e where e.seq >= :from order by e.seq", Object[].class)
                    .setParameter("from", from).setMaxResults(PAGE).getResultList().stream().map(StoredLink::of)
                    .toList());
            for (StoredLink event : page) {
                String problem = problem(event, expectedSeq, previous, links);
                if (problem == null && expected.isPresent() && event.seq() == expected.get().seq()
                        && !prefix(event.hash()).equals(expected.get().hashPrefix())) {
                    problem = "Event " + event.seq() + " is not the event the checkpoint of "
                            + expected.get().time() + " recorded: the log was rewritten from there on.";
                }
                if (problem != null) {
                    return ChainVerification.broken(checked, Math.min(event.seq(), expectedSeq), problem, against);
                }
                previous = event.hash();
                expectedSeq++;
                checked++;
            }
            progress.accept(checked, Math.max(head.lastSeq(), checked));
            if (page.size() < PAGE) {
                return checkEnd(head, checked, expectedSeq - 1, previous, expected, against);
            }
        }
    }

    boolean authentic(Checkpoint checkpoint) {
        return MessageDigest.isEqual(prefix(keys.checkpointMac(checkpoint.content())).getBytes(),
                checkpoint.mac().getBytes());
    }

    static String prefix(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, 8);
    }

    /** One stored event as the chain sees it. */
    private record StoredLink(long seq, String canonical, byte[] prevHash, byte[] hash) {
        static StoredLink of(Object[] row) {
            return new StoredLink((Long) row[0], AuditEvent.canonical(row), (byte[]) row[11], (byte[]) row[12]);
        }
    }

    private static String problem(StoredLink event, long expectedSeq, byte[] previous, AuditKeys.ChainLinks links) {
        if (event.seq() != expectedSeq) {
            return "Event " + expectedSeq + " is missing: it was removed, or events were renumbered.";
        }
        if (!MessageDigest.isEqual(event.prevHash(), previous)) {
            return "Event " + event.seq() + " does not follow the event before it: an event was removed or inserted.";
        }
        if (!MessageDigest.isEqual(event.hash(), links.link(previous, event.canonical()))) {
            return "Event " + event.seq() + " was changed after it was written.";
        }
        return null;
    }

    /** The last event must be where the sealed head says, and at least as far as the checkpoint. */
    private ChainVerification checkEnd(AuditHead head, long checked, long lastSeq, byte[] lastHash,
                                       Optional<Checkpoint> expected, String against) {
        if (head.seal() == null || !MessageDigest.isEqual(head.seal(), keys.headSeal(head.lastSeq(), head.lastHash()))) {
            return ChainVerification.broken(checked, Math.min(head.lastSeq(), lastSeq) + 1, "The head of the log "
                    + "(event " + head.lastSeq() + ") does not carry PortalDesk's seal: it was moved or reset outside "
                    + "PortalDesk, so events after " + Math.min(head.lastSeq(), lastSeq) + " may have been removed.",
                    against);
        }
        byte[] headHash = head.lastHash() == null ? AuditKeys.GENESIS : head.lastHash();
        if (head.lastSeq() != lastSeq || !MessageDigest.isEqual(headHash, lastHash)) {
            long firstBroken = Math.min(head.lastSeq(), lastSeq) + 1;
            return ChainVerification.broken(checked, firstBroken, head.lastSeq() > lastSeq
                    ? "The newest events from " + firstBroken + " on were removed."
                    : "Events after " + head.lastSeq() + " were added outside PortalDesk.", against);
        }
        if (expected.isPresent() && expected.get().seq() > lastSeq) {
            return ChainVerification.broken(checked, lastSeq + 1, "The log ends at event " + lastSeq + ", but the "
                    + "checkpoint of " + expected.get().time() + " proves it had reached event " + expected.get().seq()
                    + ": events " + (lastSeq + 1) + " to " + expected.get().seq() + " (at least) were removed, and the "
                    + "head was put back to an older state.", against);
        }
        return ChainVerification.ok(checked, against);
    }
}
