package io.storageintegrations.producer.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency-Key claims folded in ledger order. The first claim of a key fixes the request body
 * (its fingerprint) the key stands for; a later claim with another body does not change it. A key
 * is remembered for {@code retention}, and marked spent once its integration is deleted.
 */
final class IdempotencyKeys {

  /** What a key was first used for. */
  record KeyUse(String fingerprint, Instant at, boolean spent) {}

  private final Duration retention;
  // by the integration ID derived from (project, key): the ledger never holds the key itself
  private final Map<String, KeyUse> byIntegration = new LinkedHashMap<>();

  IdempotencyKeys(Duration retention) {
    this.retention = retention;
  }

  void claimed(String integrationId, String fingerprint, Instant at) {
    forgetOlderThan(at.minus(retention));
    byIntegration.putIfAbsent(integrationId, new KeyUse(fingerprint, at, false));
  }

  void released(String integrationId) {
    byIntegration.computeIfPresent(
        integrationId, (id, use) -> new KeyUse(use.fingerprint(), use.at(), true));
  }

  Optional<KeyUse> use(String integrationId) {
    return Optional.ofNullable(byIntegration.get(integrationId));
  }

  private void forgetOlderThan(Instant cutoff) {
    for (Iterator<KeyUse> oldest = byIntegration.values().iterator(); oldest.hasNext(); ) {
      if (!oldest.next().at().isBefore(cutoff)) {
        break;
      }
      oldest.remove();
    }
  }
}
