package io.pierre.data.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.logging.Logger;

/** Reads this server's log, to prove that secrets never reach it (test servers log Pierre at DEBUG). */
public final class SecretLog {

    private static final Logger FIGURES = Logger.getLogger("CRYPTO-FIGURES");

    private SecretLog() {
    }

    /** The log lines that contain any of {@code secrets}; also reports how many lines were scanned. */
    public static List<String> linesContaining(List<String> secrets) throws IOException {
        AtomicLong scanned = new AtomicLong();
        List<String> hits;
        try (Stream<String> lines = Files.lines(TestServer.serverLog(), StandardCharsets.UTF_8)) {
            hits = lines.peek(line -> scanned.incrementAndGet()).filter(line -> secrets.stream().anyMatch(line::contains)).toList();
        }
        FIGURES.info("CRYPTO-FIGURES log scan: " + scanned + " lines, " + secrets.size() + " secrets, " + hits.size() + " hits");
        return hits;
    }
}
