package io.storageintegrations.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Issued STS sessions, bounded: expired ones go first, then the oldest. */
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
    while (byKey.size() > max) {
      String oldest = order.poll();
      if (oldest == null) {
        break;
      }
      byKey.remove(oldest);
    }
    order.removeIf(id -> !byKey.containsKey(id));
  }
}
