package io.pierre.data.insight;

import io.pierre.data.db.JsonDocuments;
import io.pierre.data.db.Queries;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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
        return Queries.newestFirst(
                        em,
                        Insight.class,
                        "createdAt",
                        (cb, insight) -> Stream.of(
                                cb.equal(insight.get("userId"), userId),
                                type == null ? null : cb.equal(insight.get("insightType"), type)))
                .setMaxResults(limit == null ? DEFAULT_LIMIT : limit)
                .getResultList()
                .stream()
                .map(Insight::insightData)
                .toList();
    }
}
