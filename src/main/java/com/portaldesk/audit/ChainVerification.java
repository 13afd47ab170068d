package com.portaldesk.audit;

/**
 * The result of checking the audit chain: intact, or the first event where it breaks and how. {@code checkpoint}
 * names the checkpoint the log was also checked against (empty when none was), since only a checkpoint kept outside
 * the database proves that no newest events were removed along with a restored old head.
 */
public record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenSeq, String problem,
                                String checkpoint) {

    static ChainVerification ok(long checked, String checkpoint) {
        return new ChainVerification(true, checked, null, "", checkpoint);
    }

    static ChainVerification broken(long checked, long seq, String problem, String checkpoint) {
        return new ChainVerification(false, checked, seq, problem, checkpoint);
    }
}
