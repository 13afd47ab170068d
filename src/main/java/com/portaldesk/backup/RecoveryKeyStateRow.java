package com.portaldesk.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether an admin confirmed the firm's recovery key by typing part of it back. */
@Entity
@Table(name = "recovery_key_state")
class RecoveryKeyStateRow {
    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected RecoveryKeyStateRow() {
        // for Hibernate
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    void confirm(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
    }
}
