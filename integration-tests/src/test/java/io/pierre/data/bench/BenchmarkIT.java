package io.pierre.data.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.db.DatabaseVendor;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestServer;
import io.pierre.data.lifecycle.DatabaseStartup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the benchmark harness (module bench) inside the server. In the test suite it is a smoke run with tiny
 * numbers that only proves the harness works (no timing is asserted); {@code mvn -Pbench verify} runs it with real
 * numbers. Either way the table goes to the file named by {@code pierre.bench.output}.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar(BenchmarkIT.class);
        ear.getAsType(WebArchive.class, "pierre-web.war").addPackage(Benchmarks.class.getPackage());
        return ear;
    }

    @Inject
    Benchmarks benchmarks;

    @Inject
    DatabaseStartup startup;

    @Test
    void theHarnessMeasuresEveryCaseAgainstItsFloor() throws Exception {
        boolean full = "full".equals(System.getProperty("pierre.bench"));
        Benchmarks.Settings settings = full ? Benchmarks.Settings.full() : Benchmarks.Settings.smoke();
        DatabaseVendor vendor = startup.info().vendor();
        // Test servers log every repository call at DEBUG; measure the product as deployed, at INFO.
        Logger pierreLogger = Logger.getLogger("io.pierre.data");
        Level testLevel = pierreLogger.getLevel();
        pierreLogger.setLevel(Level.INFO);
        List<String> rows;
        try {
            rows = benchmarks.run(settings, TestServer.productDataSource(), vendor == DatabaseVendor.POSTGRESQL);
        } finally {
            pierreLogger.setLevel(testLevel);
        }

        assertEquals(16 + settings.rewrapTokens().size(), rows.size());
        assertTrue(
                rows.stream().allMatch(row -> row.chars().filter(c -> c == '|').count() == 6), String.join("\n", rows));
        String table = "### " + vendor.productName() + " " + startup.info().productVersion() + " ("
                + (full ? "full" : "smoke") + ", "
                + LocalDate.now()
                + ")\n\n| Case | Subject: median µs/op (min–max) | Floor: median µs/op (min–max) | Ratio | Target |\n"
                + "|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        String output = System.getProperty("pierre.bench.output");
        if (output != null) {
            Files.writeString(Path.of(output), table, StandardCharsets.UTF_8);
        }
    }
}
