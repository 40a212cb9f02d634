package io.storageintegrations.producer.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns each integration name: the first claim of a free name wins, later claims of a name
 * someone else holds lose, and only the owner's release frees it. A claim still unconfirmed {@code
 * claimTimeout} after it was made belongs to a create that died half-way and may be taken over.
 */
final class NameOwners {

  private record Owner(String integrationId, Instant claimedAt, boolean confirmed) {

    boolean abandonedAt(Instant at, Duration claimTimeout) {
      return !confirmed && at.isAfter(claimedAt.plus(claimTimeout));
    }
  }

  private final Duration claimTimeout;
  private final Map<String, Owner> owners = new HashMap<>();

  NameOwners(Duration claimTimeout) {
    this.claimTimeout = claimTimeout;
  }

  void claimed(String projectId, String name, String integrationId, Instant at) {
    String key = key(projectId, name);
    Owner owner = owners.get(key);
    if (owner == null || owner.abandonedAt(at, claimTimeout)) {
      owners.put(key, new Owner(integrationId, at, false));
    }
  }

  /** Confirms the owner's claim; an integration created without a claim takes a free name. */
  void confirmed(String projectId, String name, String integrationId, Instant at) {
    String key = key(projectId, name);
    Owner owner = owners.get(key);
    if (owner == null || owner.integrationId().equals(integrationId)) {
      owners.put(key, new Owner(integrationId, at, true));
    }
  }

  void released(String projectId, String name, String integrationId) {
    String key = key(projectId, name);
    Owner owner = owners.get(key);
    if (owner != null && owner.integrationId().equals(integrationId)) {
      owners.remove(key);
    }
  }

  Optional<String> owner(String projectId, String name) {
    return Optional.ofNullable(owners.get(key(projectId, name))).map(Owner::integrationId);
  }

  /** Whether a claim made at {@code at} could win: the name is free, ours, or abandoned. */
  boolean claimable(String projectId, String name, String integrationId, Instant at) {
    Owner owner = owners.get(key(projectId, name));
    return owner == null
        || owner.integrationId().equals(integrationId)
        || owner.abandonedAt(at, claimTimeout);
  }

  /** Names compare case-insensitively: "Backups" and "backups" would confuse people. */
  private static String key(String projectId, String name) {
    return projectId + "\u0000" + name.trim().toLowerCase(Locale.ROOT);
  }
}
