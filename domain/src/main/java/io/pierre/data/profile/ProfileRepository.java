package io.pierre.data.profile;

import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Profiles, goals and configurations (spec §3.6): JSON documents owned by a user. Documents are validated on the
 * way in ({@link InvalidInputException} for invalid JSON) and returned as JSON text that parses to an equal
 * value on both databases.
 */
public interface ProfileRepository {

    /** @throws NotFoundException if the user does not exist */
    void upsertProfile(UUID userId, String profileJson);

    Optional<String> findProfile(UUID userId);

    /** Stores a goal (a JSON object) and returns its id. */
    UUID createGoal(UUID userId, String goalJson);

    /** The user's goals newest first, each with its id injected as {@code "id"} (on both databases). */
    List<String> listGoals(UUID userId);

    /**
     * Sets {@code current_value} and {@code last_updated}, and {@code progress_percentage} (0-100) when the goal
     * has a positive {@code target_value}.
     *
     * @throws NotFoundException if the goal does not exist or is not the user's
     * @throws InvalidInputException if the value is not finite
     */
    void updateGoalProgress(UUID goalId, UUID userId, double currentValue);

    Optional<String> findConfiguration(UUID userId);

    void saveConfiguration(UUID userId, String configJson);
}
