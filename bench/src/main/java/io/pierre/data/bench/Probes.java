package io.pierre.data.bench;

import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Diagnostic boundaries that split a repository call's cost into its parts (issue 10: what dominates). */
@ApplicationScoped
public class Probes {

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    /** A repository's boundary without any work: retry interceptor + JTA transaction. */
    @Transactional
    @RetryOnTransientFailure
    public void boundaryWithRetry() {}

    /** The raw JDBC floor's boundary without any work: JTA transaction only. */
    @Transactional
    public void boundaryOnly() {}

    /** What a repository read does inside its boundary: Hibernate find, then the persistence context closes. */
    @Transactional
    public User hibernateFind(UUID id) {
        return em.find(User.class, id);
    }

    /** The same read with the persistence context told nothing will change (no dirty check at commit). */
    @Transactional
    public User hibernateFindReadOnly(UUID id) {
        return em.unwrap(org.hibernate.Session.class)
                .byId(User.class)
                .with(org.hibernate.CacheMode.IGNORE)
                .withReadOnly(true)
                .load(id);
    }

    /** A unique-key lookup read as a stream (Hibernate scrolls the result). */
    @Transactional
    public User findByEmailAsStream(String email) {
        return em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow();
    }

    /** The same lookup read as a one-element list. */
    @Transactional
    public User findByEmailAsList(String email) {
        return em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultList()
                .get(0);
    }
}
