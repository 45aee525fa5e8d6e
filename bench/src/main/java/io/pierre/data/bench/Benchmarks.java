package io.pierre.data.bench;

import io.pierre.data.Database;
import io.pierre.data.crypto.Aad;
import io.pierre.data.crypto.AesGcm;
import io.pierre.data.crypto.Envelope;
import io.pierre.data.crypto.KeyRing;
import io.pierre.data.crypto.KeyRingService;
import io.pierre.data.crypto.RotationService;
import io.pierre.data.crypto.SealContext;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantPlan;
import io.pierre.data.user.User;
import io.pierre.data.user.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.sql.DataSource;

/**
 * The benchmark cases of issue 10 that this harness covers (1-4), each measured side by side with its floor in
 * the same run, same JVM, same container datasource. Returns Markdown table rows.
 */
@ApplicationScoped
public class Benchmarks {

    /** How much to measure: the smoke run in the test suite uses tiny numbers, {@code -Pbench} real ones. */
    public record Settings(
            int warmups,
            int rounds,
            int opsPerRound,
            int pagingUsers,
            List<Integer> depths,
            List<Integer> rewrapTokens) {

        /** No rewrap case: the CI database holds deliberately tampered values the rewrap would stop on. */
        public static Settings smoke() {
            return new Settings(1, 3, 5, 60, List.of(0, 10, 50), List.of());
        }

        public static Settings full() {
            return new Settings(5, 9, 200, 20_000, List.of(0, 1_000, 10_000), List.of(10_010, 50_008));
        }
    }

    @Inject
    Database db;

    @Inject
    RawJdbc raw;

    @Inject
    KeyRingService keys;

    @Inject
    Probes probes;

    @Inject
    BulkTokens bulk;

    @Inject
    RotationService rotation;

    public List<String> run(Settings settings, DataSource dataSource, boolean postgresql) throws Exception {
        raw.use(dataSource, postgresql);
        List<String> rows = new ArrayList<>();
        int ops = (settings.warmups() + settings.rounds()) * settings.opsPerRound();
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < Math.max(ops, 50); i++) {
            users.add(db.users().create(User.newUser("read-" + run + "-" + i + "@bench.example", "hash")));
        }
        rows.add(row(
                "1. user read by id",
                pair(
                        settings,
                        i -> db.users()
                                .findByIdGlobal(users.get(i % users.size()))
                                .orElseThrow(),
                        i -> raw.findUserById(users.get(i % users.size()))),
                postgresql ? 1.25 : 1.5));
        rows.add(row(
                "1. user read by email",
                pair(
                        settings,
                        i -> db.users().findByEmail("read-" + run + "-" + (i % users.size()) + "@bench.example"),
                        i -> raw.findUserByEmail("read-" + run + "-" + (i % users.size()) + "@bench.example")),
                postgresql ? 1.25 : 1.5));
        rows.add(row(
                "diagnostic: Hibernate lookup by email read as stream vs as list",
                pair(
                        settings,
                        i -> probes.findByEmailAsStream("read-" + run + "-" + (i % users.size()) + "@bench.example"),
                        i -> probes.findByEmailAsList("read-" + run + "-" + (i % users.size()) + "@bench.example")),
                Double.NaN));
        rows.add(row(
                "diagnostic: empty repository boundary (retry + JTA) vs empty JTA boundary",
                pair(settings, i -> probes.boundaryWithRetry(), i -> probes.boundaryOnly()),
                Double.NaN));
        rows.add(row(
                "diagnostic: Hibernate find in JTA vs raw JDBC read",
                pair(
                        settings,
                        i -> probes.hibernateFind(users.get(i % users.size())),
                        i -> raw.findUserById(users.get(i % users.size()))),
                Double.NaN));
        rows.add(row(
                "diagnostic: Hibernate read-only find vs find",
                pair(
                        settings,
                        i -> probes.hibernateFindReadOnly(users.get(i % users.size())),
                        i -> probes.hibernateFind(users.get(i % users.size()))),
                Double.NaN));
        rows.add(row(
                "2. user create",
                pair(
                        settings,
                        i -> db.users().create(User.newUser("c-" + run + "-" + i + "@bench.example", "hash")),
                        i -> raw.insertUser(UUID.randomUUID(), "r-" + run + "-" + i + "@bench.example", "hash")),
                postgresql ? 1.25 : 1.5));

        Tenant owner = Tenant.newTenant("Bench " + run, "bench-" + run, TenantPlan.STARTER, users.get(0));
        db.tenants().create(owner);
        TenantId tenant = owner.id();
        TenantId benchTenant = tenant;
        KeyRing ring = keys.ring();
        String token = "t".repeat(200);
        Measurement.Operation sealedInsert = i -> raw.insertToken(
                UUID.randomUUID(),
                users.get(i % users.size()),
                benchTenant.value(),
                "fitbit",
                ring.seal(
                        token + i,
                        SealContext.of(
                                UserOAuthToken.TABLE,
                                "access_token",
                                benchTenant.value(),
                                users.get(i % users.size()),
                                "fitbit")));
        rows.add(row(
                "2. OAuth token upsert (sealed) vs raw insert + seal",
                pair(
                        settings,
                        i -> db.oauthTokens()
                                .upsert(UserOAuthToken.of(
                                        users.get(i % users.size()),
                                        benchTenant,
                                        "strava",
                                        token + i,
                                        null,
                                        null,
                                        null)),
                        sealedInsert),
                postgresql ? 1.25 : 1.5));
        rows.add(row(
                "2. raw insert + seal vs raw insert (crypto cost)",
                pair(
                        settings,
                        i -> raw.insertToken(
                                UUID.randomUUID(),
                                users.get(i % users.size()),
                                benchTenant.value(),
                                "coros",
                                ring.seal(
                                        token + i,
                                        SealContext.of(
                                                UserOAuthToken.TABLE,
                                                "access_token",
                                                benchTenant.value(),
                                                users.get(i % users.size()),
                                                "coros"))),
                        i -> raw.insertToken(
                                UUID.randomUUID(),
                                users.get(i % users.size()),
                                benchTenant.value(),
                                "garmin",
                                token + i)),
                Double.NaN));

        Measurement.Operation selectOpened = i -> ring.open(
                raw.selectAccessToken(users.get(i % users.size()), benchTenant.value(), "fitbit"),
                SealContext.of(
                        UserOAuthToken.TABLE,
                        "access_token",
                        benchTenant.value(),
                        users.get(i % users.size()),
                        "fitbit"));
        rows.add(row(
                "2. OAuth token get (opened) vs raw select + open",
                pair(
                        settings,
                        i -> db.oauthTokens()
                                .find(users.get(i % users.size()), benchTenant, "strava")
                                .orElseThrow()
                                .accessToken(),
                        selectOpened),
                postgresql ? 1.25 : 1.5));
        rows.add(row(
                "2. raw select + open vs raw select (crypto cost)",
                pair(
                        settings,
                        selectOpened,
                        i -> raw.selectAccessToken(users.get(i % users.size()), benchTenant.value(), "garmin")),
                Double.NaN));

        byte[] kib = "x".repeat(1024).getBytes(StandardCharsets.UTF_8);
        String kibText = new String(kib, StandardCharsets.UTF_8);
        SealContext place = SealContext.of(UserOAuthToken.TABLE, "access_token", "tenant", "user", "strava");
        SecretKey jdkKey = AesGcm.newKey();
        byte[] aad = Aad.encode(Envelope.FORMAT, 1, place);
        rows.add(row(
                "3. seal+open 1 KiB vs JDK AES-GCM",
                pair(
                        settings,
                        i -> ring.open(ring.seal(kibText, place), place),
                        i -> RawJdbc.jdkSealAndOpen(jdkKey, aad, kib)),
                1.1));

        raw.insertUsers(settings.pagingUsers(), "suspended", "page-" + run + "-");
        for (int depth : settings.depths()) {
            String cursor = cursorAt(depth);
            rows.add(row(
                    "4. page of 50 at depth " + depth + " (keyset vs OFFSET)",
                    pair(
                            settings,
                            i -> db.users().pageByStatus(UserStatus.SUSPENDED, PageRequest.after(cursor, 50)),
                            i -> raw.pageByOffset("suspended", depth, 50)),
                    Double.NaN));
        }
        int deepest = settings.depths().get(settings.depths().size() - 1);
        String deepCursor = cursorAt(deepest);
        rows.add(row(
                "4. keyset page at depth " + deepest + " vs first keyset page",
                pair(
                        settings,
                        i -> db.users().pageByStatus(UserStatus.SUSPENDED, PageRequest.after(deepCursor, 50)),
                        i -> db.users().pageByStatus(UserStatus.SUSPENDED, PageRequest.first(50))),
                1.2));
        // Case 2's plaintext baseline rows are not sealed values: the rewrap would stop on the first of them.
        raw.deleteTokens(benchTenant.value(), "garmin");
        for (int tokens : settings.rewrapTokens()) {
            rows.add(rewrap(tenant, tokens, run));
        }
        return rows;
    }

    /**
     * Case 5: seals {@code tokens} tokens (an access and a refresh token each), rotates, and times the background
     * rewrap until no value is left on the old version; the heap's peak during the rewrap shows whether memory grows
     * with the row count.
     */
    private String rewrap(TenantId tenant, int tokens, String run) throws Exception {
        bulk.createTokens(tenant, "rewrap-" + run + "-" + tokens + "-", tokens);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long rewrappedBefore = rotation.progress().rewrapped();
        long start = System.nanoTime();
        rotation.rotate();
        RotationService.Progress progress = rotation.progress();
        while (progress.running()) {
            Thread.sleep(20);
            progress = rotation.progress();
        }
        if (progress.remaining() > 0) {
            throw new IllegalStateException("The rewrap stopped with " + progress.remaining()
                    + " values left on older key versions; the server log says which value it could not open");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rewrapped = progress.rewrapped() - rewrappedBefore;
        long peakMiB =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        double perSecond = rewrapped / seconds;
        return String.format(
                "| 5. rewrap after rotation, %d sealed values | %.0f values/s (%.1f s) | peak heap %d MiB | — | ≥ 20000/s: %s |",
                rewrapped, perSecond, seconds, peakMiB, perSecond >= 20_000 ? "met" : "missed");
    }

    /** The cursor after {@code depth} suspended users, found by walking keyset pages of up to 500. */
    private String cursorAt(int depth) {
        String cursor = null;
        int walked = 0;
        while (walked < depth) {
            int step = Math.min(PageRequest.MAX_LIMIT, depth - walked);
            CursorPage<User> page = db.users().pageByStatus(UserStatus.SUSPENDED, PageRequest.after(cursor, step));
            cursor = page.nextCursor()
                    .orElseThrow(() -> new IllegalStateException("Not enough users to reach depth " + depth));
            walked += step;
        }
        return cursor;
    }

    private static Measurement.Pair pair(Settings settings, Measurement.Operation subject, Measurement.Operation floor)
            throws Exception {
        return Measurement.pair(settings.warmups(), settings.rounds(), settings.opsPerRound(), subject, floor);
    }

    private static String row(String name, Measurement.Pair pair, double target) {
        Measurement subject = pair.subject();
        Measurement floor = pair.floor();
        double ratio = subject.medianMicros() / floor.medianMicros();
        String verdict =
                Double.isNaN(target) ? "—" : String.format("≤ %.2f: %s", target, ratio <= target ? "met" : "missed");
        return String.format("| %s | %s | %s | %.2f | %s |", name, subject.cell(), floor.cell(), ratio, verdict);
    }
}
