package io.pierre.data.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Reads this server's log files, the current one and every rotated one, to prove that secrets never reach them (the
 * test servers log Pierre at DEBUG). A scan first writes a sentinel line and waits until it is in the files: a scan
 * that cannot see what was just logged (an unflushed or rotated file, the wrong folder) fails instead of passing.
 */
public final class SecretLog {

    private static final Logger LOG = Logger.getLogger(SecretLog.class.getName());
    private static final Duration SENTINEL_WAIT = Duration.ofSeconds(20);

    private SecretLog() {}

    /** The log lines that contain any of {@code secrets}, once everything logged before this call is in the files. */
    public static List<String> linesContaining(List<String> secrets) throws InterruptedException {
        String sentinel = "SECRET-SCAN-SENTINEL-" + UUID.randomUUID();
        LOG.info(sentinel);
        Instant deadline = Instant.now().plus(SENTINEL_WAIT);
        Scan scan = scan(secrets, sentinel);
        while (!scan.sawSentinel() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            scan = scan(secrets, sentinel);
        }
        assertTrue(
                scan.sawSentinel(),
                "the scan never saw the line it wrote in " + logFiles() + ": it would miss secrets too");
        assertTrue(scan.lines() > 100, "the scan read only " + scan.lines() + " lines");
        LOG.info("CRYPTO-FIGURES log scan: " + scan.lines() + " lines in "
                + logFiles().size() + " files, " + secrets.size() + " secrets, "
                + scan.hits().size() + " hits");
        return scan.hits();
    }

    private record Scan(long lines, boolean sawSentinel, List<String> hits) {}

    private static Scan scan(List<String> secrets, String sentinel) {
        long lines = 0;
        boolean sawSentinel = false;
        List<String> hits = new ArrayList<>();
        for (Path file : logFiles()) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                            Files.newInputStream(file),
                            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
                    Stream<String> content = reader.lines()) {
                for (String line : (Iterable<String>) content::iterator) {
                    lines++;
                    sawSentinel |= line.contains(sentinel);
                    if (secrets.stream().anyMatch(line::contains)) {
                        hits.add(file.getFileName() + ": " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Scan(lines, sawSentinel, hits);
    }

    /** server.log and its rotated copies (WildFly: server.log.DATE, Payara: server.log_DATE). */
    private static List<Path> logFiles() {
        Path current = TestServer.serverLog();
        try (Stream<Path> files = Files.list(current.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
