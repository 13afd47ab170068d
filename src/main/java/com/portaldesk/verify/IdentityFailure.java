package com.portaldesk.verify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One failure against an identity: a wrong last four, an unknown email, or a wrong code. */
@Entity
@Table(name = "identity_failure")
public class IdentityFailure {
    @Id
    private UUID id;

    @Column(name = "identity_hash", nullable = false)
    private byte[] identityHash;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected IdentityFailure() {
        // for Hibernate
    }

    IdentityFailure(byte[] identityHash, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.identityHash = identityHash;
        this.occurredAt = occurredAt;
    }
}
