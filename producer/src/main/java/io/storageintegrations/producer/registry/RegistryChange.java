package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;

/** One integration's record changed; {@code record} is null when it was deleted. */
public record RegistryChange(String integrationId, String projectId, IntegrationRecord record) {

  public boolean deleted() {
    return record == null;
  }
}
