package io.pierre.data.profile;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A user's goal, a JSON document; progress fields are maintained by the repository. */
@Entity
@Table(name = "goals")
@NamedQuery(
        name = Goal.LIST_BY_USER,
        query = "select g from Goal g where g.userId = :userId order by g.createdAt desc, g.id desc")
public class Goal {

    public static final String LIST_BY_USER = "Goal.listByUser";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Column(name = "goal_data", nullable = false)
    private String goalData;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Goal() {}

    public static Goal of(UUID userId, String json) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.userId = userId;
        goal.createdAt = Timestamps.now();
        goal.replace(json);
        return goal;
    }

    public void replace(String json) {
        this.goalData = json;
        this.updatedAt = Timestamps.now();
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String goalData() {
        return goalData;
    }
}
