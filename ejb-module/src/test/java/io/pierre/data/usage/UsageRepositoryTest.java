package io.pierre.data.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.usage.UsageRepository.RequestLogFilter;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link UsageRepository} method, with the same windows on both databases. */
@PersistenceTest
class UsageRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private UsageRepository usage;
    private UUID alice;
    private ApiKey key;

    @BeforeEach
    void userWithAKey() {
        testDatabase.deleteAll();
        usage = db.usage();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        key = ApiKey.issue(alice, "main", null, ApiKeyTier.STARTER, null).key();
        db.apiKeys().create(key);
    }

    @Test
    void oneRecordedCallIsCurrentUsageAndCountsAsSuccessful() {
        Instant start = Timestamps.now().minusSeconds(1);
        usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "get_activities", 200, 40)
                .withSizes(100, 2000)
                .from("203.0.113.1", "curl"));

        assertEquals(1, usage.getApiKeyCurrentUsage(key.id()));
        UsageRepository.ApiKeyUsageStats stats =
                usage.getApiKeyUsageStats(key.id(), start, Timestamps.now().plusSeconds(1));
        assertEquals(
                List.of(1L, 1L, 0L, 40L),
                List.of(
                        stats.totalRequests(),
                        stats.successfulRequests(),
                        stats.failedRequests(),
                        stats.totalResponseTimeMs()));
        assertThrows(NotFoundException.class, () -> usage.getApiKeyCurrentUsage(UUID.randomUUID()));
    }

    @Test
    void statsSplitSuccessAndFailureAndGroupByTool() {
        Instant base = Timestamps.now();
        usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "a", 200, 10).at(base));
        usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "a", 500, 30).at(base).withError("upstream down"));
        usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "b", 302, null).at(base));
        usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "b", 404, 5).at(base.minus(Duration.ofDays(2))));

        UsageRepository.ApiKeyUsageStats stats =
                usage.getApiKeyUsageStats(key.id(), base.minusSeconds(1), base.plusSeconds(1));
        assertEquals(
                List.of(3L, 1L, 1L, 40L),
                List.of(
                        stats.totalRequests(),
                        stats.successfulRequests(),
                        stats.failedRequests(),
                        stats.totalResponseTimeMs()),
                "3xx is neither; the 2-day-old call is outside the window");
        assertEquals(
                new UsageRepository.ToolStats(2, 1, 20.0, 0.5),
                stats.toolUsage().get("a"));
        assertEquals(1, stats.toolUsage().get("b").count());
        assertEquals(4, usage.getApiKeyCurrentUsage(key.id()), "the 30-day rate window includes all four");
    }

    @Test
    void jwtUsageCountsTheCurrentMonth() {
        usage.recordJwtUsage(JwtUsage.of(alice, "GET", "/api/activities", 200, 12));
        usage.recordJwtUsage(JwtUsage.of(alice, "GET", "/api/activities", 200, 12)
                .at(Timestamps.now().minus(Duration.ofDays(40))));
        assertEquals(1, usage.getJwtCurrentUsage(alice));
        assertEquals(0, usage.getJwtCurrentUsage(UUID.randomUUID()));
    }

    @Test
    void requestLogsAreWrittenAndFilteredNewestFirst() {
        Instant base = Timestamps.now();
        usage.recordRequest(RequestLog.of(alice, key.id(), "GET", "/api/tools/get_activities", 200, 10)
                .at(base.minusSeconds(3)));
        usage.recordRequest(RequestLog.of(alice, key.id(), "POST", "/api/tools/create_goal", 422, 5)
                .at(base.minusSeconds(2))
                .withError("invalid goal"));
        usage.recordRequest(
                RequestLog.of(alice, null, "GET", "/api/health", 503, 1).at(base.minusSeconds(1)));

        assertEquals(
                List.of("/api/health", "/api/tools/create_goal", "/api/tools/get_activities"),
                usage.getRequestLogs(RequestLogFilter.allUsers()).stream()
                        .map(RequestLog::endpoint)
                        .toList());
        assertEquals(
                1,
                usage.getRequestLogs(RequestLogFilter.allUsers().withStatusPrefix("4"))
                        .size());
        assertEquals(
                2,
                usage.getRequestLogs(RequestLogFilter.forUser(alice)
                                .andApiKey(key.id())
                                .withEndpointContaining("tools"))
                        .size());
        assertEquals(
                2, usage.getRequestLogs(RequestLogFilter.forApiKey(key.id())).size());
        assertEquals(
                1,
                usage.getRequestLogs(RequestLogFilter.allUsers().between(base.minusMillis(1500), base))
                        .size());
        assertTrue(usage.getRequestLogs(RequestLogFilter.forUser(UUID.randomUUID()))
                .isEmpty());
        assertThrows(
                InvalidInputException.class,
                () -> new RequestLogFilter(null, null, false, null, null, null, null),
                "a filter naming neither a user nor a key never means every user");
    }

    @Test
    void statsCountUsersAndActiveKeysOfTheSystemOrOfATenant() {
        UUID bob = db.users().create(User.newUser("bob@example.com", "hash"));
        db.users().create(User.newUser("carol@example.com", "hash"));
        assertEquals(new UsageRepository.SystemStats(3, 1), usage.getSystemStats());

        TenantId tenant = testDatabase.createTenant("acme", bob);
        ApiKey inactive =
                ApiKey.issue(bob, "old", null, ApiKeyTier.STARTER, null).key();
        db.apiKeys().create(inactive);
        db.apiKeys()
                .create(ApiKey.issue(bob, "new", null, ApiKeyTier.STARTER, null).key());
        db.apiKeys().deactivate(inactive.id(), bob);
        assertEquals(new UsageRepository.SystemStats(1, 1), usage.getTenantStats(tenant));
        assertEquals(new UsageRepository.SystemStats(3, 2), usage.getSystemStats());
        assertThrows(NullPointerException.class, () -> usage.getTenantStats(null));
    }

    @Test
    void systemStatsWithThreeUsersAndNoKeys() {
        testDatabase.deleteAll();
        for (String name : List.of("a", "b", "c")) {
            db.users().create(User.newUser(name + "@example.com", "hash"));
        }
        assertEquals(new UsageRepository.SystemStats(3, 0), usage.getSystemStats());
    }

    @Test
    void topToolsAreTheUsersMostCalledOnesWithSuccessRateAndAverageTime() {
        Instant base = Timestamps.now();
        for (int i = 0; i < 3; i++) {
            usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "popular", i == 0 ? 500 : 200, 10 * (i + 1))
                    .at(base));
        }
        usage.recordApiKeyUsage(ApiKeyUsage.of(key.id(), "rare", 200, 7).at(base));
        List<UsageRepository.ToolUsage> top =
                usage.getTopToolsAnalysis(alice, base.minusSeconds(1), base.plusSeconds(1));
        assertEquals(
                List.of("popular", "rare"),
                top.stream().map(UsageRepository.ToolUsage::toolName).toList());
        assertEquals(3, top.get(0).requestCount());
        assertEquals(200.0 / 3, top.get(0).successRatePercent(), 0.001);
        assertEquals(20.0, top.get(0).averageResponseTimeMs(), 0.001);
        assertTrue(usage.getTopToolsAnalysis(UUID.randomUUID(), base.minusSeconds(1), base.plusSeconds(1))
                .isEmpty());
    }
}
