package io.pierre.data.bench;

import io.pierre.data.crypto.AesGcm;
import io.pierre.data.crypto.Aad;
import io.pierre.data.crypto.Envelope;
import io.pierre.data.crypto.KeyRing;
import io.pierre.data.crypto.KeyRingService;
import io.pierre.data.crypto.SealContext;
import io.pierre.data.db.Database;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantId;
import io.pierre.data.tenant.TenantPlan;
import io.pierre.data.user.User;
import io.pierre.data.user.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    public record Settings(int warmups, int rounds, int opsPerRound, int pagingUsers, List<Integer> depths) {

        public static Settings smoke() {
            return new Settings(1, 3, 5, 60, List.of(0, 10, 50));
        }

        public static Settings full() {
            return new Settings(3, 7, 200, 20_000, List.of(0, 1_000, 10_000));
        }
    }

    @Inject
    Database db;

    @Inject
    RawJdbc raw;

    @Inject
    KeyRingService keys;

    public List<String> run(Settings settings, DataSource dataSource, boolean postgresql) throws Exception {
        raw.use(dataSource, postgresql);
        List<String> rows = new ArrayList<>();
        int ops = settings.warmups() * settings.opsPerRound() + settings.rounds() * settings.opsPerRound();
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < Math.max(ops, 50); i++) {
            users.add(db.users().create(User.newUser("read-" + run + "-" + i + "@bench.example", "hash")));
        }
        Measurement repoById = measure(settings, i -> db.users().findByIdGlobal(users.get(i % users.size())).orElseThrow());
        Measurement rawById = measure(settings, i -> raw.findUserById(users.get(i % users.size())));
        rows.add(row("1. user read by id", repoById, rawById, postgresql ? 1.25 : 1.5));
        Measurement repoByEmail = measure(settings, i -> db.users().findByEmail("read-" + run + "-" + (i % users.size()) + "@bench.example"));
        Measurement rawByEmail = measure(settings, i -> raw.findUserByEmail("read-" + run + "-" + (i % users.size()) + "@bench.example"));
        rows.add(row("1. user read by email", repoByEmail, rawByEmail, postgresql ? 1.25 : 1.5));

        Measurement repoCreate = measure(settings, i -> db.users().create(User.newUser("c-" + run + "-" + i + "@bench.example", "hash")));
        Measurement rawCreate = measure(settings, i -> raw.insertUser(UUID.randomUUID(), "r-" + run + "-" + i + "@bench.example", "hash"));
        rows.add(row("2. user create", repoCreate, rawCreate, postgresql ? 1.25 : 1.5));

        TenantId tenant = TenantId.random();
        Tenant owner = Tenant.newTenant("Bench " + run, "bench-" + run, TenantPlan.STARTER, users.get(0));
        db.tenants().create(owner);
        tenant = owner.id();
        TenantId benchTenant = tenant;
        KeyRing ring = keys.ring();
        String token = "t".repeat(200);
        Measurement repoUpsert = measure(settings, i -> db.oauthTokens().upsert(UserOAuthToken.of(users.get(i % users.size()), benchTenant,
                "strava", token + i, null, null, null)));
        Measurement rawSealedInsert = measure(settings, i -> raw.insertToken(UUID.randomUUID(), users.get(i % users.size()), benchTenant.value(),
                "fitbit", ring.seal(token + i, SealContext.of(UserOAuthToken.TABLE, "access_token", benchTenant.value(),
                        users.get(i % users.size()), "fitbit"))));
        Measurement rawPlainInsert = measure(settings, i -> raw.insertToken(UUID.randomUUID(), users.get(i % users.size()), benchTenant.value(),
                "garmin", token + i));
        rows.add(row("2. OAuth token upsert (sealed) vs raw insert + seal", repoUpsert, rawSealedInsert, postgresql ? 1.25 : 1.5));
        rows.add(row("2. raw insert + seal vs raw insert (crypto cost)", rawSealedInsert, rawPlainInsert, Double.NaN));

        Measurement repoGet = measure(settings, i -> db.oauthTokens().find(users.get(i % users.size()), benchTenant, "strava").orElseThrow()
                .accessToken());
        Measurement rawGetOpened = measure(settings, i -> ring.open(raw.selectAccessToken(users.get(i % users.size()), benchTenant.value(),
                "fitbit"), SealContext.of(UserOAuthToken.TABLE, "access_token", benchTenant.value(), users.get(i % users.size()), "fitbit")));
        Measurement rawGetPlain = measure(settings, i -> raw.selectAccessToken(users.get(i % users.size()), benchTenant.value(), "garmin"));
        rows.add(row("2. OAuth token get (opened) vs raw select + open", repoGet, rawGetOpened, postgresql ? 1.25 : 1.5));
        rows.add(row("2. raw select + open vs raw select (crypto cost)", rawGetOpened, rawGetPlain, Double.NaN));

        byte[] kib = "x".repeat(1024).getBytes(StandardCharsets.UTF_8);
        String kibText = new String(kib, StandardCharsets.UTF_8);
        SealContext place = SealContext.of(UserOAuthToken.TABLE, "access_token", "tenant", "user", "strava");
        SecretKey jdkKey = AesGcm.newKey();
        byte[] aad = Aad.encode(Envelope.FORMAT, 1, place);
        Measurement sealOpen = measure(settings, i -> ring.open(ring.seal(kibText, place), place));
        Measurement jdk = measure(settings, i -> RawJdbc.jdkSealAndOpen(jdkKey, aad, kib));
        rows.add(row("3. seal+open 1 KiB vs JDK AES-GCM", sealOpen, jdk, 1.1));

        raw.insertUsers(settings.pagingUsers(), "suspended", "page-" + run + "-");
        List<Measurement> keyset = new ArrayList<>();
        for (int depth : settings.depths()) {
            String cursor = cursorAt(depth);
            keyset.add(measure(settings, i -> db.users().pageByStatus(UserStatus.SUSPENDED, PageRequest.after(cursor, 50))));
            Measurement offset = measure(settings, i -> raw.pageByOffset("suspended", depth, 50));
            rows.add(row("4. page of 50 at depth " + depth + " (keyset vs OFFSET)", keyset.get(keyset.size() - 1), offset, Double.NaN));
        }
        rows.add(row("4. deepest keyset page vs first keyset page", keyset.get(keyset.size() - 1), keyset.get(0), 1.2));
        return rows;
    }

    /** The cursor after {@code depth} suspended users, found by walking keyset pages of up to 500. */
    private String cursorAt(int depth) {
        String cursor = null;
        int walked = 0;
        while (walked < depth) {
            int step = Math.min(PageRequest.MAX_LIMIT, depth - walked);
            CursorPage<User> page = db.users().pageByStatus(UserStatus.SUSPENDED, PageRequest.after(cursor, step));
            cursor = page.nextCursor().orElseThrow(() -> new IllegalStateException("Not enough users to reach depth " + depth));
            walked += step;
        }
        return cursor;
    }

    private static Measurement measure(Settings settings, Measurement.Operation operation) throws Exception {
        return Measurement.of(settings.warmups(), settings.rounds(), settings.opsPerRound(), operation);
    }

    private static String row(String name, Measurement subject, Measurement floor, double target) {
        double ratio = subject.medianMicros() / floor.medianMicros();
        String verdict = Double.isNaN(target) ? "—" : String.format("≤ %.2f: %s", target, ratio <= target ? "met" : "missed");
        return String.format("| %s | %s | %s | %.2f | %s |", name, subject.cell(), floor.cell(), ratio, verdict);
    }
}
