package com.portaldesk.audit;

import java.util.List;

/**
 * The result of checking the audit chain: intact, or the first event where it breaks and how. {@code checkpoint}
 * names the newest checkpoint the log was found to reach (empty when none was given or none was reached), since only
 * a checkpoint kept outside the database proves that no newest events were removed along with a restored old head;
 * {@code matched} lists the distinct checkpoints the log agreed with, {@code contradicted} those it contradicts with
 * nothing to explain it, and {@code notes} what else the
 * check found that is not a break: checkpoints superseded by an admin's resumption or a restore, codes not made with
 * this firm's key.
 */
public record ChainVerification(
        boolean intact,
        long eventsChecked,
        Long firstBrokenSeq,
        String problem,
        String checkpoint,
        List<Checkpoint> matched,
        List<Checkpoint> contradicted,
        List<String> notes,
        Breakage breakage) {

    /** Where the log breaks: nowhere, inside the chain (events changed, removed or inserted), or at its end. */
    public enum Breakage {
        NONE,
        /** An event was changed, removed, inserted or renumbered: only a backup can bring it back. */
        INSIDE,
        /** The head is missing or unsealed, or checkpoints prove newer events went: an admin may resume the log. */
        AT_END,
        /** None of the checkpoints given was made with this firm's key: nothing could be checked against them. */
        FOREIGN_CHECKPOINTS
    }

    public ChainVerification {
        notes = List.copyOf(notes);
        matched = List.copyOf(matched);
        contradicted = List.copyOf(contradicted);
    }

    /** How many distinct checkpoints the log agreed with. */
    public int checkpointsMatched() {
        return matched.size();
    }

    static ChainVerification ok(long checked, String checkpoint, List<Checkpoint> matched, List<String> notes) {
        return new ChainVerification(true, checked, null, "", checkpoint, matched, List.of(), notes, Breakage.NONE);
    }

    static ChainVerification broken(
            Breakage breakage,
            long checked,
            long seq,
            String problem,
            String checkpoint,
            List<Checkpoint> matched,
            List<String> notes) {
        return broken(breakage, checked, seq, problem, checkpoint, matched, List.of(), notes);
    }

    static ChainVerification broken(
            Breakage breakage,
            long checked,
            long seq,
            String problem,
            String checkpoint,
            List<Checkpoint> matched,
            List<Checkpoint> contradicted,
            List<String> notes) {
        return new ChainVerification(false, checked, seq, problem, checkpoint, matched, contradicted, notes, breakage);
    }
}
