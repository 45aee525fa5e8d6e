package io.pierre.data.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Times an operation: {@code warmups} unmeasured rounds, then {@code rounds} measured rounds of {@code opsPerRound}
 * calls each; the result is the median and the spread (min, max) of microseconds per call over the rounds.
 */
public record Measurement(double medianMicros, double minMicros, double maxMicros) {

    @FunctionalInterface
    public interface Operation {
        void run(int index) throws Exception;
    }

    public static Measurement of(int warmups, int rounds, int opsPerRound, Operation operation) throws Exception {
        int index = 0;
        for (int round = 0; round < warmups; round++) {
            for (int op = 0; op < opsPerRound; op++) {
                operation.run(index++);
            }
        }
        List<Double> perOp = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int op = 0; op < opsPerRound; op++) {
                operation.run(index++);
            }
            perOp.add((System.nanoTime() - start) / 1000.0 / opsPerRound);
        }
        perOp.sort(Double::compare);
        double median = perOp.size() % 2 == 1 ? perOp.get(perOp.size() / 2)
                : (perOp.get(perOp.size() / 2 - 1) + perOp.get(perOp.size() / 2)) / 2;
        return new Measurement(median, perOp.get(0), perOp.get(perOp.size() - 1));
    }

    public String cell() {
        return String.format("%.1f µs (%.1f–%.1f)", medianMicros, minMicros, maxMicros);
    }
}
