package io.storageintegrations.producer.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The ledger folded in offset order. Every producer instance folds the same entries in the same
 * order, so all agree on who owns a name, which ExternalIds were minted and what each
 * Idempotency-Key stands for. Time-based decisions use the entries' own timestamps, so every
 * instance decides alike.
 */
final class LedgerState {

  private final MintedIds minted;
  private final NameOwners names;
  private final IdempotencyKeys keys;

  LedgerState(Duration claimTimeout, Duration mintedTtl, Duration keyRetention) {
    this.minted = new MintedIds(mintedTtl);
    this.names = new NameOwners(claimTimeout);
    this.keys = new IdempotencyKeys(keyRetention);
  }

  LedgerState(Duration claimTimeout, Duration mintedTtl) {
    this(claimTimeout, mintedTtl, Duration.ofDays(30));
  }

  synchronized void apply(LedgerEntry entry) {
    switch (entry.kind()) {
      case EXTERNAL_ID_MINTED -> minted.minted(entry.projectId(), entry.externalId(), entry.at());
      case NAME_CLAIMED ->
          names.claimed(entry.projectId(), entry.name(), entry.integrationId(), entry.at());
      case NAME_CONFIRMED ->
          names.confirmed(entry.projectId(), entry.name(), entry.integrationId(), entry.at());
      case NAME_RELEASED -> {
        names.released(entry.projectId(), entry.name(), entry.integrationId());
        keys.released(entry.integrationId());
      }
      case KEY_CLAIMED -> keys.claimed(entry.integrationId(), entry.fingerprint(), entry.at());
    }
  }

  synchronized boolean isMinted(String projectId, String externalId, Instant now) {
    return minted.isMinted(projectId, externalId, now);
  }

  synchronized Optional<String> nameOwner(String projectId, String name) {
    return names.owner(projectId, name);
  }

  synchronized boolean nameClaimable(
      String projectId, String name, String integrationId, Instant at) {
    return names.claimable(projectId, name, integrationId, at);
  }

  synchronized Optional<IdempotencyKeys.KeyUse> keyUse(String integrationId) {
    return keys.use(integrationId);
  }
}
