package io.pierre.data.profile;

import io.pierre.data.db.JsonDocuments;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ProfileRepository} on JPA; JSON is parsed and written with JSON-P. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaProfileRepository implements ProfileRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void upsertProfile(UUID userId, String profileJson) {
        String json = JsonDocuments.requireValid(profileJson, "Profile");
        requireUser(userId);
        Optional.ofNullable(em.find(UserProfile.class, userId))
                .ifPresentOrElse(profile -> profile.replace(json), () -> em.persist(UserProfile.of(userId, json)));
    }

    @Override
    public Optional<String> findProfile(UUID userId) {
        return Optional.ofNullable(em.find(UserProfile.class, userId)).map(UserProfile::profileData);
    }

    @Override
    public UUID createGoal(UUID userId, String goalJson) {
        String json = JsonDocuments.text(JsonDocuments.parseObject(goalJson, "Goal"));
        requireUser(userId);
        Goal goal = Goal.of(userId, json);
        em.persist(goal);
        return goal.id();
    }

    @Override
    public List<String> listGoals(UUID userId) {
        return em
                .createNamedQuery(Goal.LIST_BY_USER, Goal.class)
                .setParameter("userId", userId)
                .getResultList()
                .stream()
                .map(goal -> JsonDocuments.text(
                        Json.createObjectBuilder(JsonDocuments.parseObject(goal.goalData(), "Stored goal"))
                                .add("id", goal.id().toString())
                                .build()))
                .toList();
    }

    @Override
    public void updateGoalProgress(UUID goalId, UUID userId, double currentValue) {
        if (!Double.isFinite(currentValue)) {
            throw new InvalidInputException("Goal progress must be a finite number");
        }
        Goal goal = Optional.ofNullable(em.find(Goal.class, goalId))
                .filter(g -> g.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("Goal", goalId));
        JsonObject data = JsonDocuments.parseObject(goal.goalData(), "Stored goal");
        JsonObjectBuilder updated = Json.createObjectBuilder(data)
                .add("current_value", currentValue)
                .add("last_updated", Timestamps.now().toString());
        JsonValue target = data.get("target_value");
        if (target instanceof JsonNumber number && number.doubleValue() > 0) {
            updated.add("progress_percentage", Math.max(0, Math.min(100, currentValue / number.doubleValue() * 100)));
        }
        goal.replace(JsonDocuments.text(updated.build()));
    }

    @Override
    public Optional<String> findConfiguration(UUID userId) {
        return Optional.ofNullable(em.find(UserConfiguration.class, userId)).map(UserConfiguration::configData);
    }

    @Override
    public void saveConfiguration(UUID userId, String configJson) {
        String json = JsonDocuments.requireValid(configJson, "Configuration");
        requireUser(userId);
        Optional.ofNullable(em.find(UserConfiguration.class, userId))
                .ifPresentOrElse(config -> config.replace(json), () -> em.persist(UserConfiguration.of(userId, json)));
    }

    private void requireUser(UUID userId) {
        if (em.find(User.class, userId) == null) {
            throw new NotFoundException("User", userId);
        }
    }
}
