package com.portaldesk.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
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

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (PersistenceException e) {
            rollbackQuietly(transaction);
            throw translate(e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(transaction);
            throw e;
        } finally {
            em.close();
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
