package io.storageintegrations.emulator.sts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Fixed one-second windows of AssumeRole calls per caller account. */
final class AccountRateLimiter {

  private final Map<String, AtomicLong> windows = new ConcurrentHashMap<>();

  /** Each counter packs the window's second (high bits) and the calls in it (low 20 bits). */
  boolean tryAcquire(String account, int perSecond, long nowMillis) {
    if (perSecond <= 0) {
      return true;
    }
    long second = nowMillis / 1000;
    AtomicLong window = windows.computeIfAbsent(account, k -> new AtomicLong());
    while (true) {
      long current = window.get();
      long currentSecond = current >>> 20;
      long calls = current & 0xFFFFF;
      long next = currentSecond == second ? current + 1 : (second << 20) | 1;
      if (currentSecond == second && calls >= Math.min(perSecond, 0xFFFFF - 1)) {
        return false;
      }
      if (window.compareAndSet(current, next)) {
        return true;
      }
    }
  }
}
