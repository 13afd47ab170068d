package com.portaldesk.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where the daily audit checkpoint goes (null: nowhere), and which day's has gone. One row. */
@Entity
@Table(name = "checkpoint_mail")
class CheckpointMailRow {
    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "address")
    private String address;

    /** ISO yyyy-mm-dd: sorts as dates do. */
    @Column(name = "last_sent_on")
    private String lastSentOn;

    @Column(name = "retry_after")
    private Instant retryAfter;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected CheckpointMailRow() {
        // for Hibernate
    }

    String address() {
        return address;
    }

    void change(String newAddress, String by, Instant at) {
        this.address = newAddress;
        this.updatedBy = by;
        this.updatedAt = at;
        this.retryAfter = null;
    }
}
