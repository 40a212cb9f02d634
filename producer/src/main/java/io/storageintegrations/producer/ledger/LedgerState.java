package io.storageintegrations.producer.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger folded in offset order. Every producer instance folds the same entries in the same
 * order, so all agree on who owns a name: the first claim of a free name wins, later claims of a
 * name someone else holds lose, and only the owner's release frees it.
 *
 * <p>A claim is confirmed once the registry created its integration. A claim still unconfirmed
 * {@code claimTimeout} after it was made (by the entries' own timestamps, so every instance decides
 * alike) belongs to a create that died half-way; a later claim takes the name over.
 */
final class LedgerState {

  private record Owner(String integrationId, Instant claimedAt, boolean confirmed) {}

  private final Duration claimTimeout;
  private final Duration mintedTtl;
  private final Map<String, Map<String, Instant>> mintedByProject = new HashMap<>();
  private final Map<String, Owner> nameOwners = new HashMap<>();

  LedgerState(Duration claimTimeout, Duration mintedTtl) {
    this.claimTimeout = claimTimeout;
    this.mintedTtl = mintedTtl;
  }

  synchronized void apply(LedgerEntry entry) {
    switch (entry.kind()) {
      case EXTERNAL_ID_MINTED -> {
        Map<String, Instant> minted =
            mintedByProject.computeIfAbsent(entry.projectId(), p -> new HashMap<>());
        Instant expired = entry.at().minus(mintedTtl);
        minted.values().removeIf(at -> at.isBefore(expired));
        minted.put(entry.externalId(), entry.at());
      }
      case NAME_CLAIMED -> claim(entry);
      case NAME_CONFIRMED -> confirm(entry);
      case NAME_RELEASED -> {
        String key = key(entry.projectId(), entry.name());
        Owner owner = nameOwners.get(key);
        if (owner != null && owner.integrationId().equals(entry.integrationId())) {
          nameOwners.remove(key);
        }
      }
    }
  }

  private void claim(LedgerEntry entry) {
    String key = key(entry.projectId(), entry.name());
    Owner owner = nameOwners.get(key);
    boolean abandoned =
        owner != null
            && !owner.confirmed()
            && entry.at().isAfter(owner.claimedAt().plus(claimTimeout));
    if (owner == null || abandoned) {
      nameOwners.put(key, new Owner(entry.integrationId(), entry.at(), false));
    }
  }

  /** Confirms the owner's claim; an integration created without a claim takes a free name. */
  private void confirm(LedgerEntry entry) {
    String key = key(entry.projectId(), entry.name());
    Owner owner = nameOwners.get(key);
    if (owner == null || owner.integrationId().equals(entry.integrationId())) {
      nameOwners.put(key, new Owner(entry.integrationId(), entry.at(), true));
    }
  }

  /** Minted for the project, and not longer ago than the TTL at {@code now}. */
  synchronized boolean isMinted(String projectId, String externalId, Instant now) {
    Instant at = mintedByProject.getOrDefault(projectId, Map.of()).get(externalId);
    return at != null && !now.isAfter(at.plus(mintedTtl));
  }

  synchronized Optional<String> nameOwner(String projectId, String name) {
    return Optional.ofNullable(nameOwners.get(key(projectId, name))).map(Owner::integrationId);
  }

  /** Names compare case-insensitively: "Backups" and "backups" would confuse people. */
  private static String key(String projectId, String name) {
    return projectId + "\u0000" + name.trim().toLowerCase(Locale.ROOT);
  }
}
