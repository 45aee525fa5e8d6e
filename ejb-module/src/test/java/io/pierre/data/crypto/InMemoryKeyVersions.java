package io.pierre.data.crypto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The key ring's storage kept in memory, for unit tests of the ring's own logic (no database involved). */
class InMemoryKeyVersions implements KeyVersionSource {

    final List<KeyVersion> versions = new ArrayList<>();
    final Map<Integer, Long> reserved = new HashMap<>();
    int loads;

    @Override
    public synchronized List<KeyVersion> loadGlobal() {
        loads++;
        return versions.stream()
                .sorted(Comparator.comparingInt(KeyVersion::version).reversed())
                .toList();
    }

    @Override
    public synchronized void insert(KeyVersion version) {
        if (versions.stream().anyMatch(v -> v.version() == version.version())) {
            throw new IllegalStateException("duplicate version");
        }
        versions.add(version);
    }

    /** What key rotation does to a stored version (in the database: a compare-and-set update). */
    synchronized void changeState(int version, KeyState state) {
        KeyVersion old = versions.stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow();
        versions.set(
                versions.indexOf(old),
                KeyVersion.global(version, state, old.wrappedKey().orElseThrow()));
    }

    @Override
    public synchronized long reserve(int version, long block, long limit) {
        long total = reserved.getOrDefault(version, 0L) + block;
        if (total > limit) {
            return -1;
        }
        reserved.put(version, total);
        return total;
    }
}
