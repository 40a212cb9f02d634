package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import java.util.List;

/** One page of integrations, oldest first, and how many there are in all. */
public record RegistryPage(List<IntegrationRecord> items, long total) {}
