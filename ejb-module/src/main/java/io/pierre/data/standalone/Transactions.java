package io.pierre.data.standalone;

import io.pierre.data.db.EntityConstraintViolations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.TransactionRequiredException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Resource-local transactions with the container's semantics, one per thread: {@link #required} joins the thread's
 * transaction or starts one and commits it (rolls it back on any failure), {@link #requiresNew} suspends the thread's
 * transaction for one of its own. {@link #currentEntityManager()} is what repositories get in place of an injected
 * {@code @PersistenceContext}: it always means the entity manager of the thread's current transaction.
 */
final class Transactions {

    private final EntityManagerFactory entityManagerFactory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    Transactions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    <T> T required(Function<EntityManager, T> work) {
        EntityManager joined = current.get();
        return joined != null ? work.apply(joined) : inNew(work);
    }

    <T> T requiresNew(Function<EntityManager, T> work) {
        EntityManager suspended = current.get();
        current.remove();
        try {
            return inNew(work);
        } finally {
            if (suspended != null) {
                current.set(suspended);
            }
        }
    }

    private <T> T inNew(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        current.set(em);
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    /** An entity manager that stands for the thread's current transaction's, as a container-injected one does. */
    EntityManager currentEntityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    EntityManager em = current.get();
                    if (em == null) {
                        throw new TransactionRequiredException(
                                "No transaction on this thread: call through a repository or inTransaction");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * {@code target} behind {@code type}, each call a {@link #required} transaction, as {@code @Transactional} does,
     * reporting a refused entity constraint as the container's transaction boundaries do.
     */
    <I> I transactional(Class<I> type, I target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return required(em -> {
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw new Rethrown(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (Rethrown e) {
                throw EntityConstraintViolations.reported(e.getCause());
            } catch (RuntimeException e) {
                throw EntityConstraintViolations.reported(e);
            }
        }));
    }

    /** Carries a repository's own exception through {@link #required} unchanged (checked ones included). */
    private static final class Rethrown extends RuntimeException {
        Rethrown(Throwable cause) {
            super(null, cause, false, false);
        }
    }
}
