package io.pierre.data.crypto;

import java.util.List;

/** Where the key ring reads global key versions and reserves encryption budget; each call its own transaction. */
public interface KeyVersionSource {

    /** All global versions, highest first. */
    List<KeyVersion> loadGlobal();

    /** Stores a new global version; fails if that version number exists already (another node was faster). */
    void insert(KeyVersion version);

    /**
     * Reserves {@code block} more encryptions of {@code version} if the total stays within {@code limit}.
     *
     * @return the total reserved after this call, or -1 if the budget would be exceeded
     */
    long reserve(int version, long block, long limit);
}
