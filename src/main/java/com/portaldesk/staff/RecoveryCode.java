package com.portaldesk.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One single-use recovery code, stored only as a keyed hash. */
@Entity
@Table(name = "staff_recovery_code")
public class RecoveryCode {
    @Id
    private UUID id;

    @Column(name = "staff_id", nullable = false)
    private UUID staffId;

    @Column(name = "code_hash", nullable = false)
    private byte[] codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for Hibernate
    }

    RecoveryCode(UUID staffId, byte[] codeHash) {
        this.id = UUID.randomUUID();
        this.staffId = staffId;
        this.codeHash = codeHash;
    }

    byte[] codeHash() {
        return codeHash;
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }
}
