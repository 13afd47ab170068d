package com.portaldesk.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way services open a transaction: commit when the work returns, roll back when it throws.
 * Storage failures come out as {@link StorageException} with a readable message; the service's own
 * exceptions pass through unchanged.
 */
public final class Tx {
    private final EntityManagerFactory emf;

    Tx(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Runs the work in one transaction. When the connection was lost before the commit (the process hosting the
     * shared embedded database closed, another took over), nothing was written and the work runs again on a fresh
     * connection, a few times within seconds. A loss during the commit itself is not retried: whether it was
     * written is unknown, so the failure is reported.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        long deadline = System.nanoTime() + PATIENCE_AFTER_LOST_CONNECTION.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (LostBeforeCommit lost) {
                if (System.nanoTime() > deadline) {
                    throw translate(lost.cause);
                }
                pause(attempt);
            }
        }
    }

    private <T> T once(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        boolean committing = false;
        try {
            transaction.begin();
            T result = work.apply(em);
            committing = true;
            transaction.commit();
            return result;
        } catch (PersistenceException e) {
            rollbackQuietly(transaction);
            if (DatabaseFailures.connectionLost(e)) {
                if (!committing) {
                    throw new LostBeforeCommit(e);
                }
                throw new StorageException(
                        "The connection to the database broke while the change was being saved "
                                + "(another PortalDesk program closed the shared database at that moment); whether it was "
                                + "saved is not known. Check, then try again if it is missing.",
                        e);
            }
            throw translate(e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(transaction);
            throw e;
        } finally {
            closeQuietly(em);
        }
    }

    /** How long work waits for the shared embedded database to settle with a new host process. */
    private static final Duration PATIENCE_AFTER_LOST_CONNECTION = Duration.ofSeconds(30);

    /** Marks a failure that left nothing written, so the work may run again. */
    private static final class LostBeforeCommit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException cause;

        LostBeforeCommit(RuntimeException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(
                    50L * Math.min(attempt, 10) + ThreadLocalRandom.current().nextLong(150));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for the database.", e);
        }
    }

    private static void closeQuietly(EntityManager em) {
        try {
            em.close();
        } catch (RuntimeException ignored) {
            // Closing cannot fail the work: it committed or rolled back already; a broken connection is evicted.
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private static RuntimeException translate(RuntimeException e) {
        if (DatabaseFailures.isUniqueViolation(e)) {
            return new DuplicateKeyException("Another record with the same key was saved first.", e);
        }
        return new StorageException(DatabaseFailures.describe(e), e);
    }

    private static void rollbackQuietly(EntityTransaction transaction) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException ignored) {
            // The original failure is the one worth reporting; a failed rollback leaves nothing committed.
        }
    }
}
