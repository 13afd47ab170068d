package com.portaldesk.audit;

/** The result of checking the audit chain: intact, or the first event where it breaks and how. */
public record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenSeq, String problem) {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, "");
    }

    static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
