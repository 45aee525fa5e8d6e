package io.pierre.data.profile;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A user's fitness profile, a JSON document. */
@Entity
@Table(name = "user_profiles")
public class UserProfile {

    @Id
    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotNull
    @Column(name = "profile_data", nullable = false)
    private String profileData;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserProfile() {}

    public static UserProfile of(UUID userId, String json) {
        UserProfile profile = new UserProfile();
        profile.userId = userId;
        profile.createdAt = Timestamps.now();
        profile.replace(json);
        return profile;
    }

    public void replace(String json) {
        this.profileData = json;
        this.updatedAt = Timestamps.now();
    }

    public String profileData() {
        return profileData;
    }
}
