package io.pierre.data.a2a;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.crypto.Digests;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link A2ARepository} method. */
@PersistenceTest
class A2ARepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private A2ARepository a2a;
    private UUID alice;
    private ApiKey key;
    private UUID client;

    @BeforeEach
    void aClient() {
        testDatabase.deleteAll();
        a2a = db.a2a();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        key = ApiKey.issue(alice, "agent key", null, ApiKeyTier.STARTER, null).key();
        db.apiKeys().create(key);
        client = a2a.createClient(
                A2AClient.of(alice, "Coach Bot", "plans workouts", "pk-1", List.of("planning"), List.of())
                        .withPermissions(List.of("read_activities", "write_goals")),
                "client-secret",
                key.id());
    }

    @Test
    void aClientRoundTripsItsListsAndIsFoundByIdApiKeyNameAndOwner() {
        A2AClient found = a2a.findClient(client).orElseThrow();
        assertEquals(
                List.of(List.of("read_activities", "write_goals"), List.of("planning"), List.of()),
                List.of(found.permissions(), found.capabilities(), found.redirectUris()),
                "an empty list reads back empty");
        assertTrue(found.secretMatches("client-secret"));
        assertEquals(
                Digests.sha256Hex("client-secret"),
                a2a.findClientCredentials(client).orElseThrow().clientSecretHash());
        assertEquals(client, a2a.findClientByApiKey(key.id()).orElseThrow().id());
        assertEquals(client, a2a.findClientByName("Coach Bot").orElseThrow().id());
        assertEquals(
                List.of(client),
                a2a.listClients(alice).stream().map(A2AClient::id).toList());
        assertEquals(
                List.of(client),
                a2a.listAllActiveClients().stream().map(A2AClient::id).toList());
        assertThrows(NullPointerException.class, () -> a2a.listClients(null), "no user never means every user");
        assertTrue(testDatabase.textDump(List.of("a2a_clients")).stream().noneMatch(v -> v.contains("client-secret")));
    }

    @Test
    void creationIsOneTransactionAndNeedsTheOwnerAndKey() {
        assertThrows(
                NotFoundException.class,
                () -> a2a.createClient(
                        A2AClient.of(alice, "x", null, "pk-2", List.of(), List.of()), "s", UUID.randomUUID()));
        assertTrue(a2a.findClientByName("x").isEmpty());
    }

    @Test
    void deactivationHidesTheClientFromActiveLookupsAndCanCascadeToItsKeysAndSessions() {
        String session = a2a.createSession(client, alice, List.of("read"), Duration.ofHours(1));
        a2a.invalidateClientSessions(client);
        assertTrue(a2a.findSession(session).isEmpty());
        a2a.deactivateClientApiKeys(client);
        assertFalse(db.apiKeys().findByIdGlobal(key.id()).orElseThrow().isActive());
        a2a.deactivateClient(client);
        assertFalse(a2a.findClient(client).orElseThrow().isActive());
        assertTrue(a2a.findClientByApiKey(key.id()).isEmpty());
        assertTrue(a2a.findClientCredentials(client).isEmpty());
        assertTrue(a2a.listClients(alice).isEmpty());
        assertThrows(NotFoundException.class, () -> a2a.deactivateClient(UUID.randomUUID()));
    }

    @Test
    void sessionsKeepTheirScopesCountActivityAndExpire() {
        String token = a2a.createSession(client, alice, List.of("read", "write"), Duration.ofHours(2));
        String empty = a2a.createSession(client, null, List.of(), Duration.ofHours(1));
        assertTrue(token.startsWith("sess_"));
        a2a.updateSessionActivity(token);
        a2a.updateSessionActivity("sess_unknown");
        A2ASession session = a2a.findSession(token).orElseThrow();
        assertEquals(List.of("read", "write"), session.grantedScopes());
        assertEquals(1, session.requestsCount());
        assertEquals(List.of(), a2a.findSession(empty).orElseThrow().grantedScopes());
        assertEquals(
                List.of(token, empty),
                a2a.getActiveSessions(client).stream()
                        .map(A2ASession::sessionToken)
                        .toList());
        assertThrows(InvalidInputException.class, () -> a2a.createSession(client, null, List.of(), Duration.ZERO));
    }

    @Test
    void tasksKeepTheirSessionOutputErrorAndCompletion() {
        String session = a2a.createSession(client, alice, List.of(), Duration.ofHours(1));
        String first = a2a.createTask(client, session, "plan_week", "{\"weeks\":1}");
        String second = a2a.createTask(client, null, "analyze", "{}");
        A2ATask pending = a2a.findTask(first).orElseThrow();
        assertEquals(
                List.of(TaskStatus.PENDING, session),
                List.of(pending.status(), pending.sessionId().orElseThrow()));

        a2a.updateTaskStatus(first, TaskStatus.COMPLETED, "{\"plan\":[\"rest\"]}", null);
        a2a.updateTaskStatus(second, TaskStatus.FAILED, null, "provider timeout");
        a2a.updateTaskStatus("task_unknown", TaskStatus.COMPLETED, null, null);
        A2ATask done = a2a.findTask(first).orElseThrow();
        assertEquals("{\"plan\":[\"rest\"]}", done.outputData().orElseThrow());
        assertTrue(done.completedAt().isPresent());
        assertEquals(
                "provider timeout",
                a2a.findTask(second).orElseThrow().errorMessage().orElseThrow());
        a2a.updateTaskStatus(second, TaskStatus.RUNNING, null, null);
        assertTrue(a2a.findTask(second).orElseThrow().completedAt().isEmpty(), "a non-final status clears completion");

        assertEquals(
                List.of(second, first),
                a2a.listTasks(client, null, null, null).stream()
                        .map(A2ATask::id)
                        .toList());
        assertEquals(
                List.of(first),
                a2a.listAllTasks(TaskStatus.COMPLETED, null, null).stream()
                        .map(A2ATask::id)
                        .toList());
        assertThrows(
                NullPointerException.class,
                () -> a2a.listTasks(null, null, null, null),
                "no client never means every client");
        assertEquals(
                List.of(first),
                a2a.listTasks(client, null, null, 1).stream().map(A2ATask::id).toList(),
                "offset without limit");
        assertEquals(
                List.of(second),
                a2a.listTasks(client, null, 1, 0).stream().map(A2ATask::id).toList());
        assertThrows(InvalidInputException.class, () -> a2a.createTask(client, null, "x", "{broken"));
    }

    @Test
    void usageCountsWithinTheRateWindowAndStatsAndHistoryAreIdenticalOnBothDatabases() {
        Instant now = Timestamps.now();
        a2a.recordUsage(A2AUsage.of(client, null, "get_activities", 200, 40)
                .withSizes(100, 1000)
                .at(now));
        a2a.recordUsage(A2AUsage.of(client, null, "get_activities", 503, 20)
                .withSizes(50, 10)
                .at(now.minusSeconds(10)));
        a2a.recordUsage(A2AUsage.of(client, null, "old", 200, 5).at(now.minus(Duration.ofDays(2))));

        assertEquals(2, a2a.getClientCurrentUsage(client), "the default window is one hour");
        A2ARepository.UsageStats stats = a2a.getUsageStats(client, now.minus(Duration.ofHours(1)), now);
        assertEquals(
                List.of(2L, 1L, 1L, 30L, 150L, 1010L),
                List.of(
                        stats.totalRequests(),
                        stats.successfulRequests(),
                        stats.failedRequests(),
                        stats.averageResponseTimeMs(),
                        stats.totalRequestBytes(),
                        stats.totalResponseBytes()));
        List<A2ARepository.DailyUsage> history = a2a.getClientUsageHistory(client, 3);
        assertEquals(LocalDate.ofInstant(now, ZoneOffset.UTC), history.get(0).day());
        assertEquals(2, history.stream().mapToLong(d -> d.successCount()).sum());
        assertEquals(1, history.stream().mapToLong(d -> d.errorCount()).sum());
        assertThrows(NotFoundException.class, () -> a2a.getClientCurrentUsage(UUID.randomUUID()));
    }
}
