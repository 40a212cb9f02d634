package io.storageintegrations.producer.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ExternalIds minted per project, oldest first, so the expired ones are dropped from the front as
 * the ledger is folded: memory follows the live ExternalIds, and folding stays linear however many
 * were ever minted.
 */
final class MintedIds {

  private final Duration ttl;
  private final Map<String, LinkedHashMap<String, Instant>> byProject = new HashMap<>();

  MintedIds(Duration ttl) {
    this.ttl = ttl;
  }

  void minted(String projectId, String externalId, Instant at) {
    LinkedHashMap<String, Instant> minted =
        byProject.computeIfAbsent(projectId, p -> new LinkedHashMap<>());
    Instant expired = at.minus(ttl);
    for (Iterator<Instant> oldest = minted.values().iterator(); oldest.hasNext(); ) {
      // entries are in ledger order, which is time order up to clock skew between instances
      if (!oldest.next().isBefore(expired)) {
        break;
      }
      oldest.remove();
    }
    minted.remove(externalId);
    minted.put(externalId, at);
  }

  /** Minted for the project, and not longer ago than the TTL at {@code now}. */
  boolean isMinted(String projectId, String externalId, Instant now) {
    Instant at = byProject.getOrDefault(projectId, new LinkedHashMap<>()).get(externalId);
    return at != null && !now.isAfter(at.plus(ttl));
  }
}
