package io.pierre.data.insight;

import io.pierre.data.db.JsonDocuments;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** {@link InsightRepository} on JPA. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaInsightRepository implements InsightRepository {

    private static final String GENERAL = "general";

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public UUID store(UUID userId, String insightJson) {
        JsonObject document = JsonDocuments.parseObject(insightJson, "Insight");
        String type = document.get("type") instanceof JsonString text ? text.getString() : GENERAL;
        Insight insight = Insight.of(userId, type, JsonDocuments.text(document));
        em.persist(insight);
        return insight.id();
    }

    @Override
    public List<String> list(UUID userId, String type, Integer limit) {
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit must be positive, was " + limit);
        }
        TypedQuery<Insight> query = em.createQuery(
                        "select i from Insight i where i.userId = :userId"
                                + (type == null ? "" : " and i.insightType = :type")
                                + " order by i.createdAt desc, i.id desc",
                        Insight.class)
                .setParameter("userId", userId)
                .setMaxResults(limit == null ? DEFAULT_LIMIT : limit);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList().stream().map(Insight::insightData).toList();
    }
}
