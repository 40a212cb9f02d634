package io.storageintegrations.producer.integration;

/**
 * The answer to a delete: {@code deleted} is true once the integration is gone from the registry.
 */
record DeletionView(String integrationId, String name, boolean deleted) {}
