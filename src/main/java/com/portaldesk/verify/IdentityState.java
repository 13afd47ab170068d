package com.portaldesk.verify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Per identity: from when failures count (moved on by a lock or an unlock), and until when it is locked. */
@Entity
@Table(name = "identity_state")
public class IdentityState {
    @Id
    @Column(name = "identity_hash")
    private byte[] identityHash;

    @Column(name = "failures_since", nullable = false)
    private Instant failuresSince;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected IdentityState() {
        // for Hibernate
    }

    IdentityState(byte[] identityHash, Instant failuresSince) {
        this.identityHash = identityHash;
        this.failuresSince = failuresSince;
    }

    Instant failuresSince() {
        return failuresSince;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    void lock(Instant now, Instant until) {
        failuresSince = now;
        lockedUntil = until;
    }

    void unlock(Instant now) {
        failuresSince = now;
        lockedUntil = null;
    }
}
