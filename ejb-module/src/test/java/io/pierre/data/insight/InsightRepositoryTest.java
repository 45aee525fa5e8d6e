package io.pierre.data.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pierre.data.Database;
import io.pierre.data.db.JsonDocuments;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Both {@link InsightRepository} methods, with the type filter applied on both databases. */
@PersistenceTest
class InsightRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Test
    void insightsAreStoredAndListedNewestFirstByTypeWithALimit() {
        testDatabase.deleteAll();
        UUID alice = db.users().create(User.newUser("alice@example.com", "hash"));
        InsightRepository insights = db.insights();

        assertNotNull(insights.store(alice, "{\"type\":\"recovery\",\"score\":7}"));
        insights.store(alice, "{\"type\":\"training\",\"load\":\"high\"}");
        insights.store(alice, "{\"text\":\"no type\"}");

        List<String> all = insights.list(alice, null, null);
        assertEquals(3, all.size());
        assertEquals(JsonDocuments.parse("{\"text\":\"no type\"}", "x"), JsonDocuments.parse(all.get(0), "x"));
        assertEquals(List.of("{\"type\":\"recovery\",\"score\":7}"), insights.list(alice, "recovery", null));
        assertEquals(1, insights.list(alice, "general", null).size(), "no type means general");
        assertEquals(2, insights.list(alice, null, 2).size());
        assertEquals(List.of(), insights.list(UUID.randomUUID(), null, null));
        assertThrows(InvalidInputException.class, () -> insights.store(alice, "\"just a string\""));
        assertThrows(InvalidInputException.class, () -> insights.list(alice, null, 0));
    }
}
