package com.portaldesk.workstations;

import java.time.Instant;
import java.util.Optional;

/** One staff app or kiosk as the Workstations screen and {@code portaldesk workstations} show it. */
public record WorkstationRecord(
        WorkstationKind kind,
        String terminalId,
        String hostName,
        String osUser,
        String version,
        Instant startedAt,
        Instant lastSeenAt,
        Optional<Instant> stoppedAt,
        WorkstationStatus status) {}
