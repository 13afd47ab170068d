package com.portaldesk.workstations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A staff app or kiosk that uses this database, with when it last reported. */
@Entity
@Table(name = "workstation")
public class Workstation {
    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private WorkstationKind kind;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Column(name = "host_name", nullable = false)
    private String hostName;

    @Column(name = "os_user", nullable = false)
    private String osUser;

    @Column(name = "app_version", nullable = false)
    private String version;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected Workstation() {
        // for Hibernate
    }

    Workstation(WorkstationIdentity identity, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = identity.kind();
        this.terminalId = identity.terminalId();
        this.hostName = identity.hostName();
        this.osUser = identity.osUser();
        started(identity, now);
    }

    UUID id() {
        return id;
    }

    /** A new start of the same program on the same PC: a newer version may have been installed since. */
    void started(WorkstationIdentity identity, Instant now) {
        this.version = identity.version();
        this.startedAt = now;
        this.lastSeenAt = now;
        this.stoppedAt = null;
    }

    void seen(Instant now) {
        this.lastSeenAt = now;
    }

    void stopped(Instant now) {
        this.lastSeenAt = now;
        this.stoppedAt = now;
    }

    WorkstationRecord toRecord(Instant now, Duration silenceLimit) {
        WorkstationStatus status;
        if (stoppedAt != null) {
            status = WorkstationStatus.CLOSED;
        } else if (lastSeenAt.plus(silenceLimit).isBefore(now)) {
            status = WorkstationStatus.NOT_RESPONDING;
        } else {
            status = WorkstationStatus.RUNNING;
        }
        return new WorkstationRecord(
                kind,
                terminalId,
                hostName,
                osUser,
                version,
                startedAt,
                lastSeenAt,
                Optional.ofNullable(stoppedAt),
                status);
    }
}
