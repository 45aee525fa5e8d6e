package io.pierre.data.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pierre.data.it.Deployments;
import io.pierre.data.it.PingResource;
import io.pierre.data.it.TestSupportResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark case 6 over real HTTP: 8 concurrent clients on an authenticated admin read endpoint against a trivial
 * JAX-RS endpoint of the same server (requests/s and p99). A smoke run in the test suite, real numbers with
 * {@code -Pbench}; the table goes next to {@code pierre.bench.output}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminEndpointBenchmarkIT {

    private static final int CLIENTS = 8;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war").addClasses(TestSupportResource.class, PingResource.class);
        return ear;
    }

    @ArquillianResource
    URL baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Result(double requestsPerSecond, double p99Millis) {}

    @Test
    void anAdminReadEndpointIsMeasuredAgainstATrivialEndpoint() throws Exception {
        boolean full = "full".equals(System.getProperty("pierre.bench"));
        int warmup = full ? 200 : 5;
        int perClient = full ? 1_000 : 10;
        String token = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "api/test-support/admin-tokens?superAdmin=true"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .trim();
        HttpRequest admin = HttpRequest.newBuilder(URI.create(baseUrl + "api/admin/users?status=pending&limit=20"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpRequest trivial = HttpRequest.newBuilder(URI.create(baseUrl + "api/test-support/ping"))
                .GET()
                .build();

        load(admin, warmup);
        load(trivial, warmup);
        Result adminResult = load(admin, perClient);
        Result trivialResult = load(trivial, perClient);

        double share = adminResult.requestsPerSecond() / trivialResult.requestsPerSecond();
        String table = String.format(
                "| 6. %d clients: admin read (users, page of 20) vs trivial endpoint | %.0f req/s, p99 %.1f ms |"
                        + " %.0f req/s, p99 %.1f ms | %.2f | ≥ 0.50: %s |%n",
                CLIENTS,
                adminResult.requestsPerSecond(),
                adminResult.p99Millis(),
                trivialResult.requestsPerSecond(),
                trivialResult.p99Millis(),
                share,
                share >= 0.5 ? "met" : "missed");
        String output = System.getProperty("pierre.bench.output");
        if (output != null) {
            Files.writeString(Path.of(output.replace(".md", "-http.md")), table, StandardCharsets.UTF_8);
        }
    }

    /** {@value #CLIENTS} threads sending {@code perClient} requests each, one after the other. */
    private Result load(HttpRequest request, int perClient) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                for (int i = 0; i < perClient; i++) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.computeIfAbsent(
                                            response.statusCode() + " " + response.body(), k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.computeIfAbsent(e.toString(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - sent);
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Map.of(), failures, "every request answered 200");
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted.size() / seconds, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6);
    }
}
