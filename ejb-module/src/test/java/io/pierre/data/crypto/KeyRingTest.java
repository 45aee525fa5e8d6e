package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.config.DeploymentConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final String KEK = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final SealContext PLACE =
            SealContext.of("user_oauth_tokens", "access_token", "tenant-1", "user-1", "strava");

    private static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(60);

    private InMemoryKeyVersions storage;
    private KeyRing ring;
    private final AtomicInteger rotationRequests = new AtomicInteger();
    private final AtomicLong nanoClock = new AtomicLong();

    @BeforeEach
    void openRing() {
        storage = new InMemoryKeyVersions();
        ring = ring(MasterKey.parse(KEK), 1L << 32, 1 << 20);
        ring.load();
    }

    private KeyRing ring(MasterKey masterKey, long usageLimit, long usageBlock) {
        return new KeyRing(
                masterKey,
                storage,
                new KeyRing.Limits(usageLimit, usageBlock, REFRESH, GRACE),
                rotationRequests::incrementAndGet,
                nanoClock::get);
    }

    /** A loaded ring with a budget of its own, on storage no other ring has reserved from. */
    private KeyRing aloneOnItsDatabase(long usageLimit, long usageBlock) {
        storage = new InMemoryKeyVersions();
        KeyRing alone = ring(MasterKey.parse(KEK), usageLimit, usageBlock);
        alone.load();
        return alone;
    }

    @Test
    void anEmptyDatabaseGetsVersionOneAsPrimary() {
        assertEquals(1, ring.primaryVersion());
        assertEquals(KeyState.PRIMARY, storage.versions.get(0).state());
        assertFalse(storage.versions.get(0).wrappedKey().orElseThrow().isEmpty());
    }

    @Test
    void valuesRoundTripIncludingEmptyNonAsciiAndSixteenKibibytes() {
        for (String plaintext : List.of("", "ascii token", "ünïcødé ✓ 日本語 🚴", "x".repeat(16 * 1024))) {
            assertEquals(plaintext, ring.open(ring.seal(plaintext, PLACE), PLACE));
        }
    }

    @Test
    void theSamePlaintextSealsDifferentlyEveryTime() {
        Set<String> envelopes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            envelopes.add(ring.seal("same", PLACE));
        }
        assertEquals(1000, envelopes.size());
    }

    @Test
    void everyBitFlipEveryTruncationAndAnAppendedByteIsRejected() {
        Envelope envelope = Envelope.parse(ring.seal("refresh-me", PLACE)).orElseThrow();
        byte[] payload = envelope.payload();
        int rejected = 0;
        for (int bit = 0; bit < payload.length * 8; bit++) {
            byte[] mutated = payload.clone();
            mutated[bit / 8] ^= (byte) (1 << (bit % 8));
            rejected += rejects(new Envelope(envelope.keyVersion(), mutated).text());
        }
        for (int length = 0; length < payload.length; length++) {
            rejected += rejects(new Envelope(envelope.keyVersion(), java.util.Arrays.copyOf(payload, length)).text());
        }
        rejected += rejects(
                new Envelope(envelope.keyVersion(), java.util.Arrays.copyOf(payload, payload.length + 1)).text());
        assertEquals(9 * payload.length + 1, rejected);
    }

    private int rejects(String envelope) {
        assertThrows(DecryptionException.class, () -> ring.open(envelope, PLACE));
        return 1;
    }

    @Test
    void changingAnyAadFieldIsRejected() {
        String envelope = ring.seal("token", PLACE);
        List<SealContext> elsewhere = List.of(
                SealContext.of("tenant_oauth_credentials", "access_token", "tenant-1", "user-1", "strava"),
                SealContext.of("user_oauth_tokens", "refresh_token", "tenant-1", "user-1", "strava"),
                SealContext.of("user_oauth_tokens", "access_token", "tenant-2", "user-1", "strava"),
                SealContext.of("user_oauth_tokens", "access_token", "tenant-1", "user-2", "strava"),
                SealContext.of("user_oauth_tokens", "access_token", "tenant-1", "user-1", "fitbit"));
        for (SealContext other : elsewhere) {
            DecryptionException e = assertThrows(DecryptionException.class, () -> ring.open(envelope, other));
            assertFalse(e.getMessage().contains("token\""), e.getMessage());
        }
        String otherHeader = envelope.replaceFirst("^p1\\.1\\.", "p1.2.");
        assertThrows(DecryptionException.class, () -> ring.open(otherHeader, PLACE));
    }

    @Test
    void anUnknownVersionReloadsAtMostOncePerRefreshIntervalThenFailsClosed() {
        String fromTheFuture = new Envelope(
                        9, Envelope.parse(ring.seal("x", PLACE)).orElseThrow().payload())
                .text();
        int loadsBefore = storage.loads;
        for (int read = 0; read < 100; read++) {
            DecryptionException e = assertThrows(DecryptionException.class, () -> ring.open(fromTheFuture, PLACE));
            assertTrue(e.getMessage().contains("key version 9 is retired or unknown"), e.getMessage());
        }
        assertEquals(loadsBefore + 1, storage.loads, "100 reads of an unknown version cost one reload");
        nanoClock.addAndGet(REFRESH.toNanos());
        assertThrows(DecryptionException.class, () -> ring.open(fromTheFuture, PLACE));
        assertEquals(loadsBefore + 2, storage.loads, "one refresh interval later it is checked again");
    }

    @Test
    void aRingWhoseLastReloadIsOlderThanHalfTheGraceRefusesToSealButStillOpens() {
        String sealed = ring.seal("before", PLACE);
        nanoClock.addAndGet(GRACE.dividedBy(2).toNanos());
        assertEquals(
                "at the limit",
                ring.open(ring.seal("at the limit", PLACE), PLACE),
                "exactly half the grace: still current");
        nanoClock.addAndGet(1);
        StaleKeyRingException stale = assertThrows(StaleKeyRingException.class, () -> ring.seal("after", PLACE));
        assertTrue(stale.getMessage().contains("more than the 30 s allowed"), stale.getMessage());
        assertEquals("before", ring.open(sealed, PLACE), "opening needs no fresh ring");
        ring.reload();
        assertEquals(
                "after", ring.open(ring.seal("after", PLACE), PLACE), "a successful reload makes it current again");
    }

    @Test
    void aRetireGraceNotLongerThanTwoRefreshIntervalsIsRefused() {
        DeploymentConfigurationException e = assertThrows(
                DeploymentConfigurationException.class,
                () -> new KeyRing.Limits(1, 1, Duration.ofSeconds(10), Duration.ofSeconds(20)));
        assertTrue(e.getMessage().contains("pierre.crypto.retire-grace-seconds"), e.getMessage());
    }

    @Test
    void aVersionAddedByAnotherNodeIsPickedUpOnFirstSight() {
        KeyRing otherNode = ring(MasterKey.parse(KEK), 1L << 32, 1 << 20);
        otherNode.load();
        storage.changeState(1, KeyState.DECRYPT_ONLY);
        storage.insert(
                KeyVersion.global(2, KeyState.PRIMARY, MasterKey.parse(KEK).wrap(AesGcm.newKey(), 2)));
        otherNode.reload();
        String sealedByOtherNode = otherNode.seal("new", PLACE);

        assertEquals("new", ring.open(sealedByOtherNode, PLACE));
        assertEquals(2, ring.primaryVersion());
    }

    @Test
    void aPromotedVersionIsReservedForBeforeItBecomesPrimarySoNoSealerHasToReserve() {
        List<Integer> primaryWhileReserving = new ArrayList<>();
        AtomicReference<KeyRing> watchedRing = new AtomicReference<>();
        InMemoryKeyVersions watched = new InMemoryKeyVersions() {
            @Override
            public synchronized long reserve(int version, long block, long limit) {
                primaryWhileReserving.add(version);
                primaryWhileReserving.add(watchedRing.get().primaryVersion());
                return super.reserve(version, block, limit);
            }
        };
        storage = watched;
        watchedRing.set(ring(MasterKey.parse(KEK), 1L << 32, 100));
        watchedRing.get().load();
        storage.changeState(1, KeyState.DECRYPT_ONLY);
        storage.insert(
                KeyVersion.global(2, KeyState.PRIMARY, MasterKey.parse(KEK).wrap(AesGcm.newKey(), 2)));

        watchedRing.get().reload();

        assertEquals(List.of(1, 0, 2, 1), primaryWhileReserving, "version 2 is reserved for while 1 is still primary");
        assertEquals(100, storage.reserved.get(2));
        watchedRing.get().seal("sealed without reserving", PLACE);
        assertEquals(4, primaryWhileReserving.size(), "sealing with the new primary reserved nothing more");
    }

    @Test
    void retiredVersionsNoLongerOpen() {
        String old = ring.seal("old", PLACE);
        storage.changeState(1, KeyState.DECRYPT_ONLY);
        storage.insert(
                KeyVersion.global(2, KeyState.PRIMARY, MasterKey.parse(KEK).wrap(AesGcm.newKey(), 2)));
        ring.reload();
        assertEquals("old", ring.open(old, PLACE));
        String resealed = ring.reseal(old, PLACE);
        assertTrue(resealed.startsWith("p1.2."));

        storage.changeState(1, KeyState.RETIRED);
        ring.reload();
        assertThrows(DecryptionException.class, () -> ring.open(old, PLACE));
        assertEquals("old", ring.open(resealed, PLACE));
    }

    @Test
    void topUpIfLowReservesTheNextBlockOnceHalfOfTheCurrentOneIsUsed() {
        KeyRing small = aloneOnItsDatabase(1_000_000, 100);
        assertEquals(100, storage.reserved.get(1), "the primary comes with a reservation");
        for (int i = 0; i < 49; i++) {
            small.seal("x", PLACE);
        }
        small.topUpIfLow();
        assertEquals(100, storage.reserved.get(1), "51 left: more than half, nothing reserved");
        small.seal("x", PLACE);
        small.topUpIfLow();
        assertEquals(200, storage.reserved.get(1), "50 left: the next block is reserved ahead of need");
    }

    @Test
    void theUsageBudgetAsksForRotationAtHalfAndRefusesTheEncryptionPastTheLimit() {
        KeyRing small = aloneOnItsDatabase(1000, 100);
        for (int i = 0; i < 400; i++) {
            small.seal("x", PLACE);
        }
        assertEquals(0, rotationRequests.get(), "400 reserved: below half of the budget");
        small.seal("x", PLACE);
        assertEquals(1, rotationRequests.get(), "reserving the block that reaches half asks for rotation");
        for (int i = 401; i < 1000; i++) {
            small.seal("x", PLACE);
        }
        assertThrows(IllegalStateException.class, () -> small.seal("the 1001st", PLACE));
        assertEquals(1000, storage.reserved.get(1));
    }

    @Test
    void aWrongMasterKeyFailsToOpenTheDataKeysWithoutShowingAnyKey() {
        String wrong = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
        KeyRing wrongRing = ring(MasterKey.parse(wrong), 1L << 32, 1 << 20);
        DeploymentConfigurationException e = assertThrows(DeploymentConfigurationException.class, wrongRing::reload);
        assertTrue(
                e.getMessage().startsWith("PIERRE_MASTER_ENCRYPTION_KEY does not open data key version 1"),
                e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertFalse(e.getMessage().contains(KEK));
    }

    @Test
    void aMissingOrMalformedMasterKeyIsOneClearSentence() {
        assertTrue(assertThrows(DeploymentConfigurationException.class, () -> MasterKey.parse(null))
                .getMessage()
                .startsWith("PIERRE_MASTER_ENCRYPTION_KEY is not set"));
        assertTrue(assertThrows(DeploymentConfigurationException.class, () -> MasterKey.parse("not base64 ***"))
                .getMessage()
                .startsWith("PIERRE_MASTER_ENCRYPTION_KEY is not valid base64"));
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        String message = assertThrows(DeploymentConfigurationException.class, () -> MasterKey.parse(shortKey))
                .getMessage();
        assertTrue(message.contains("exactly 32 bytes, but decodes to 16"), message);
        assertFalse(message.contains(shortKey));
        assertEquals("MasterKey[redacted]", MasterKey.parse(KEK).toString());
        assertNotEquals(-1, ring.toString().indexOf("primary=v1"));
    }
}
