package io.pierre.data.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Times an operation against its floor: {@code warmups} unmeasured rounds, then {@code rounds} measured rounds of
 * {@code opsPerRound} calls each, alternating between the two; each result is the median and the spread (min,
 * max) of microseconds per call over the rounds.
 */
public record Measurement(double medianMicros, double minMicros, double maxMicros) {

    @FunctionalInterface
    public interface Operation {
        void run(int index) throws Exception;
    }

    /** A subject and its floor, measured in alternating rounds so JIT warm-up and drift affect both alike. */
    public record Pair(Measurement subject, Measurement floor) {}

    public static Pair pair(int warmups, int rounds, int opsPerRound, Operation subject, Operation floor)
            throws Exception {
        int[] index = new int[2];
        for (int round = 0; round < warmups; round++) {
            round(opsPerRound, subject, index, 0);
            round(opsPerRound, floor, index, 1);
        }
        List<Double> subjectTimes = new ArrayList<>();
        List<Double> floorTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            subjectTimes.add(round(opsPerRound, subject, index, 0));
            floorTimes.add(round(opsPerRound, floor, index, 1));
        }
        return new Pair(summarise(subjectTimes), summarise(floorTimes));
    }

    private static double round(int opsPerRound, Operation operation, int[] index, int slot) throws Exception {
        long start = System.nanoTime();
        for (int op = 0; op < opsPerRound; op++) {
            operation.run(index[slot]++);
        }
        return (System.nanoTime() - start) / 1000.0 / opsPerRound;
    }

    private static Measurement summarise(List<Double> perOp) {
        perOp.sort(Double::compare);
        double median = perOp.size() % 2 == 1
                ? perOp.get(perOp.size() / 2)
                : (perOp.get(perOp.size() / 2 - 1) + perOp.get(perOp.size() / 2)) / 2;
        return new Measurement(median, perOp.get(0), perOp.get(perOp.size() - 1));
    }

    public String cell() {
        return String.format("%.1f µs (%.1f–%.1f)", medianMicros, minMicros, maxMicros);
    }
}
