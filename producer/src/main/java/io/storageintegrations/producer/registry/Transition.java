package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;

/** What applying one event does to the registry. */
sealed interface Transition {

  /** The integration's record is created or replaced. */
  record Upsert(IntegrationRecord record) implements Transition {}

  /** The integration is deleted: tombstone, name released. */
  record Remove(IntegrationRecord record) implements Transition {}

  /** Nothing changes; {@code reason} says why (stale, duplicate, deleted, unknown, dry run). */
  record Ignore(String reason) implements Transition {}
}
