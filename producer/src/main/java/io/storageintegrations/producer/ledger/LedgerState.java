package io.storageintegrations.producer.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger folded in offset order. Every producer instance folds the same entries in the same
 * order, so all agree on who owns a name: the first claim of a free name wins, later claims of a
 * name someone else holds lose, and only the owner's release frees it.
 */
final class LedgerState {

  private final Map<String, Set<String>> mintedByProject = new HashMap<>();
  private final Map<String, String> nameOwners = new HashMap<>();

  synchronized void apply(LedgerEntry entry) {
    switch (entry.kind()) {
      case EXTERNAL_ID_MINTED ->
          mintedByProject
              .computeIfAbsent(entry.projectId(), p -> new HashSet<>())
              .add(entry.externalId());
      case NAME_CLAIMED ->
          nameOwners.putIfAbsent(key(entry.projectId(), entry.name()), entry.integrationId());
      case NAME_RELEASED ->
          nameOwners.remove(key(entry.projectId(), entry.name()), entry.integrationId());
    }
  }

  synchronized boolean isMinted(String projectId, String externalId) {
    return mintedByProject.getOrDefault(projectId, Set.of()).contains(externalId);
  }

  synchronized Optional<String> nameOwner(String projectId, String name) {
    return Optional.ofNullable(nameOwners.get(key(projectId, name)));
  }

  /** Names compare case-insensitively: "Backups" and "backups" would confuse people. */
  private static String key(String projectId, String name) {
    return projectId + "\u0000" + name.trim().toLowerCase(Locale.ROOT);
  }
}
