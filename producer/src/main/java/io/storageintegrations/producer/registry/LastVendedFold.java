package io.storageintegrations.producer.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * When each integration was last vended (microseconds since the epoch, as the audit record says),
 * folded from audit records in any order (the latest wins, so redelivered or reordered records
 * change nothing). Memory stays bounded: one timestamp per integration vended within {@code
 * window}; older ones and integrations the registry no longer holds are swept away.
 */
final class LastVendedFold {

  private final Map<String, Long> lastVended = new ConcurrentHashMap<>();
  private final Duration window;

  LastVendedFold(Duration window) {
    this.window = window;
  }

  /**
   * Folds one vend in; answers true when a viewer would see something new: the integration's first
   * vend, or a later one in another {@code step} (a minute: what "2 min ago" can show) than the
   * time it had, so a stream of vends is announced at most once a step.
   */
  boolean vended(String integrationId, Instant at, Duration step) {
    long micros = IndexFields.micros(at);
    long[] previous = {Long.MIN_VALUE};
    lastVended.compute(
        integrationId,
        (id, current) -> {
          if (current == null) {
            return micros;
          }
          previous[0] = current;
          return Math.max(current, micros);
        });
    if (previous[0] == Long.MIN_VALUE) {
      return true;
    }
    long stepMicros = Math.max(1, step.toNanos() / 1_000);
    return micros > previous[0] && micros / stepMicros != previous[0] / stepMicros;
  }

  Instant lastVended(String integrationId) {
    Long micros = lastVended.get(integrationId);
    return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  /** Forgets vends older than the window, and integrations for which {@code gone} holds. */
  void sweep(Instant now, Predicate<String> gone) {
    long oldest = IndexFields.micros(now.minus(window));
    lastVended.entrySet().removeIf(e -> e.getValue() < oldest || gone.test(e.getKey()));
  }

  void forget(String integrationId) {
    lastVended.remove(integrationId);
  }

  int size() {
    return lastVended.size();
  }
}
