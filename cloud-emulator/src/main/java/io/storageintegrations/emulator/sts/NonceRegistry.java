package io.storageintegrations.emulator.sts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers SignatureNonces for as long as their request could still pass the timestamp check,
 * which is all the memory replay protection needs.
 */
final class NonceRegistry {

  private static final int PURGE_ABOVE = 50_000;
  private static final long PURGE_EVERY_MILLIS = 1_000;
  private final Map<String, Long> seenUntil = new ConcurrentHashMap<>();
  private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

  /** True the first time a nonce is seen. */
  boolean firstUse(String nonce, long nowMillis, long windowMillis) {
    // Purge at most once a second: within the window nothing expires, and scanning every entry
    // on every call made each AssumeRole O(n) once more than PURGE_ABOVE nonces were remembered.
    long due = nextPurge.get();
    if (seenUntil.size() > PURGE_ABOVE
        && nowMillis >= due
        && nextPurge.compareAndSet(due, nowMillis + PURGE_EVERY_MILLIS)) {
      seenUntil.values().removeIf(until -> until < nowMillis);
    }
    return seenUntil.putIfAbsent(nonce, nowMillis + 2 * windowMillis) == null;
  }

  int size() {
    return seenUntil.size();
  }
}
