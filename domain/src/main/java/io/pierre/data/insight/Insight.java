package io.pierre.data.insight;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** An insight about a user's training: its type (from the document's "type") and the JSON document itself. */
@Entity
@Table(name = "insights")
public class Insight {

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Size(max = 255)
    @Column(name = "activity_id")
    private String activityId;

    @NotNull
    @Size(max = 64)
    @Column(name = "insight_type", nullable = false)
    private String insightType;

    @NotNull
    @Column(name = "insight_data", nullable = false)
    private String insightData;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Insight() {}

    public static Insight of(UUID userId, String type, String json) {
        Insight insight = new Insight();
        insight.id = UUID.randomUUID();
        insight.userId = userId;
        insight.insightType = type;
        insight.insightData = json;
        insight.createdAt = Timestamps.now();
        return insight;
    }

    public UUID id() {
        return id;
    }

    public String insightType() {
        return insightType;
    }

    public String insightData() {
        return insightData;
    }
}
