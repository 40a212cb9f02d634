package io.storageintegrations.emulator.sts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers SignatureNonces for as long as their request could still pass the timestamp check,
 * which is all the memory replay protection needs.
 */
final class NonceRegistry {

  private static final int PURGE_ABOVE = 50_000;
  private final Map<String, Long> seenUntil = new ConcurrentHashMap<>();

  /** True the first time a nonce is seen. */
  boolean firstUse(String nonce, long nowMillis, long windowMillis) {
    if (seenUntil.size() > PURGE_ABOVE) {
      seenUntil.values().removeIf(until -> until < nowMillis);
    }
    return seenUntil.putIfAbsent(nonce, nowMillis + 2 * windowMillis) == null;
  }
}
