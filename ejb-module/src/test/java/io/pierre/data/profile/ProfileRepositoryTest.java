package io.pierre.data.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.db.JsonDocuments;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link ProfileRepository} method; documents round-trip as equal JSON values. */
@PersistenceTest
class ProfileRepositoryTest {

    private static final String PROFILE =
            "{\"age\":34,\"weight\":61.5,\"sports\":[\"run\",\"ride\"],\"prefs\":{\"units\":\"metric\","
                    + "\"note\":\"ünï \\\"q\\\"\"},\"injured\":false,\"coach\":null}";

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private ProfileRepository profiles;
    private UUID alice;

    @BeforeEach
    void aUser() {
        testDatabase.deleteAll();
        profiles = db.profiles();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
    }

    private static JsonObject json(String text) {
        return JsonDocuments.parseObject(text, "test");
    }

    @Test
    void aProfileRoundTripsAsAnEqualJsonValueAndIsReplacedOnUpsert() {
        assertTrue(profiles.findProfile(alice).isEmpty());
        profiles.upsertProfile(alice, PROFILE);
        assertEquals(json(PROFILE), json(profiles.findProfile(alice).orElseThrow()));
        profiles.upsertProfile(alice, "{\"age\":35}");
        assertEquals(json("{\"age\":35}"), json(profiles.findProfile(alice).orElseThrow()));
        assertTrue(profiles.findProfile(UUID.randomUUID()).isEmpty());
    }

    @Test
    void invalidJsonOrAnUnknownUserIsRefused() {
        assertThrows(InvalidInputException.class, () -> profiles.upsertProfile(alice, "{not json"));
        assertThrows(InvalidInputException.class, () -> profiles.createGoal(alice, "[1,2]"));
        assertThrows(NotFoundException.class, () -> profiles.upsertProfile(UUID.randomUUID(), "{}"));
        assertThrows(InvalidInputException.class, () -> profiles.saveConfiguration(alice, "nope"));
    }

    @Test
    void goalsListNewestFirstWithTheirIdAndTypePreserved() {
        UUID first = profiles.createGoal(alice, "{\"type\":\"distance\",\"target_value\":100}");
        UUID second = profiles.createGoal(alice, "{\"type\":\"duration\"}");

        List<String> goals = profiles.listGoals(alice);
        assertEquals(
                List.of(second.toString(), first.toString()),
                goals.stream().map(g -> json(g).getString("id")).toList());
        assertEquals("distance", json(goals.get(1)).getString("type"));
        assertTrue(profiles.listGoals(UUID.randomUUID()).isEmpty());
    }

    @Test
    void goalProgressSetsTheCurrentValueAndAClampedPercentage() {
        UUID goal = profiles.createGoal(alice, "{\"type\":\"distance\",\"target_value\":200}");
        profiles.updateGoalProgress(goal, alice, 50);
        JsonObject updated = json(profiles.listGoals(alice).get(0));
        assertEquals(50.0, updated.getJsonNumber("current_value").doubleValue());
        assertEquals(25.0, updated.getJsonNumber("progress_percentage").doubleValue());
        assertTrue(updated.containsKey("last_updated"));
        profiles.updateGoalProgress(goal, alice, 500);
        assertEquals(
                100.0,
                json(profiles.listGoals(alice).get(0))
                        .getJsonNumber("progress_percentage")
                        .doubleValue());

        UUID bob = db.users().create(User.newUser("bob@example.com", "hash"));
        assertThrows(NotFoundException.class, () -> profiles.updateGoalProgress(goal, bob, 1), "not the owner");
        assertThrows(NotFoundException.class, () -> profiles.updateGoalProgress(UUID.randomUUID(), alice, 1));
        assertThrows(InvalidInputException.class, () -> profiles.updateGoalProgress(goal, alice, Double.NaN));
    }

    @Test
    void configurationsAreSavedAndReplaced() {
        assertTrue(profiles.findConfiguration(alice).isEmpty());
        profiles.saveConfiguration(alice, "{\"theme\":\"dark\"}");
        profiles.saveConfiguration(alice, "{\"theme\":\"light\",\"zones\":[1,2,3]}");
        assertEquals(
                json("{\"theme\":\"light\",\"zones\":[1,2,3]}"),
                json(profiles.findConfiguration(alice).orElseThrow()));
    }
}
