package com.portaldesk.workstations;

import com.portaldesk.store.DuplicateKeyException;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff apps and kiosks that use this database. Each announces itself on start, reports every
 * {@link #HEARTBEAT} while it runs and says when it closes; one that stops reporting without closing is shown as
 * not responding, because a crash, {@code kill -9} or a pulled cable cannot say goodbye.
 */
public final class Workstations {
    public static final Duration HEARTBEAT = Duration.ofSeconds(60);
    /** Three missed reports: long enough for a busy or briefly disconnected PC, short enough to notice a crash. */
    static final Duration SILENCE_LIMIT = HEARTBEAT.multipliedBy(3);

    private final Tx tx;
    private final Clock clock;

    public Workstations(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(Workstation.class);
    }

    /** Records that this program started; returns the handle its later reports use. */
    public UUID started(WorkstationIdentity identity) {
        try {
            return startOnce(identity);
        } catch (DuplicateKeyException firstStartElsewhereToo) {
            // The same program on the same PC and account started twice at once; the other wrote the row first.
            return startOnce(identity);
        }
    }

    private UUID startOnce(WorkstationIdentity identity) {
        Instant now = now();
        return tx.inTransaction(em -> {
            Optional<Workstation> known = em.createQuery(
                            "select w from Workstation w where w.kind = :kind"
                                    + " and w.terminalId = :terminal and w.hostName = :host and w.osUser = :user",
                            Workstation.class)
                    .setParameter("kind", identity.kind())
                    .setParameter("terminal", identity.terminalId())
                    .setParameter("host", identity.hostName())
                    .setParameter("user", identity.osUser())
                    .getResultStream()
                    .findFirst();
            if (known.isPresent()) {
                known.get().started(identity, now);
                return known.get().id();
            }
            Workstation created = new Workstation(identity, now);
            em.persist(created);
            em.flush();
            return created.id();
        });
    }

    /** A heartbeat; false when the row is gone (an administrator removed it), so the caller can announce again. */
    public boolean seen(UUID id) {
        Instant now = now();
        return tx.inTransaction(em -> {
            Workstation workstation = em.find(Workstation.class, id);
            if (workstation == null) {
                return false;
            }
            workstation.seen(now);
            return true;
        });
    }

    public void stopped(UUID id) {
        Instant now = now();
        tx.run(em -> {
            Workstation workstation = em.find(Workstation.class, id);
            if (workstation != null) {
                workstation.stopped(now);
            }
        });
    }

    /**
     * Every workstation, kiosks and staff apps alike, running ones first, then by terminal id; closed ones only
     * when asked, since a firm's list collects every PC that ever ran PortalDesk.
     */
    public List<WorkstationRecord> list(boolean includeClosed) {
        Instant now = now();
        List<Workstation> rows = tx.inTransaction(em ->
                em.createQuery("select w from Workstation w", Workstation.class).getResultList());
        return rows.stream()
                .map(row -> row.toRecord(now, SILENCE_LIMIT))
                .filter(row -> includeClosed || row.status() != WorkstationStatus.CLOSED)
                .sorted(Comparator.comparing(WorkstationRecord::status)
                        .thenComparing(WorkstationRecord::terminalId, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(WorkstationRecord::kind))
                .toList();
    }

    private Instant now() {
        return StoredTime.now(clock);
    }
}
