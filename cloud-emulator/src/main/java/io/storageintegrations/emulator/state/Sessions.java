package io.storageintegrations.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Issued STS sessions, bounded: expired ones go first, then the oldest. An eviction sweeps the
 * whole map, so it makes room for a tenth of the bound at once: at the bound, a sweep per put would
 * cost every AssumeRole a pass over all sessions.
 */
final class Sessions {

  private final Map<String, StsSession> byKey = new ConcurrentHashMap<>();
  private final Queue<String> order = new ConcurrentLinkedQueue<>();

  void put(StsSession session, int max, Instant now) {
    byKey.put(session.accessKeyId(), session);
    order.add(session.accessKeyId());
    if (byKey.size() > max) {
      evict(max, now);
    }
  }

  StsSession get(String accessKeyId) {
    return byKey.get(accessKeyId);
  }

  int size() {
    return byKey.size();
  }

  void clear() {
    byKey.clear();
    order.clear();
  }

  private synchronized void evict(int max, Instant now) {
    byKey.values().removeIf(s -> s.expiration().isBefore(now));
    int keep = max - Math.max(1, max / 10);
    while (byKey.size() > keep) {
      String oldest = order.poll();
      if (oldest == null) {
        break;
      }
      byKey.remove(oldest);
    }
    order.removeIf(id -> !byKey.containsKey(id));
  }
}
