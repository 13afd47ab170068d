package com.portaldesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest link of the chain; locked while appending so every workstation writes one chain. */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash")
    private byte[] lastHash;

    private byte[] seal;

    protected AuditHead() {
        // for Hibernate
    }

    /** The head row of a log that lost its own (see AuditLog.resume); everything else starts with the migration's. */
    static AuditHead create() {
        AuditHead head = new AuditHead();
        head.id = 1;
        return head;
    }

    long lastSeq() {
        return lastSeq;
    }

    byte[] lastHash() {
        return lastHash;
    }

    byte[] seal() {
        return seal;
    }

    void advance(long seq, byte[] hash, byte[] newSeal) {
        lastSeq = seq;
        lastHash = hash;
        seal = newSeal;
    }
}
