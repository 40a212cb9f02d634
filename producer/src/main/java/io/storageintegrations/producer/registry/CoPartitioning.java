package io.storageintegrations.producer.registry;

import io.storageintegrations.model.topic.Topics;

/**
 * The registry writer that owns events partition p is the only writer of registry partition p: both
 * topics are keyed by integration ID, so with the same partition count an integration's events and
 * its record share the partition number. That is what lets a writer catch up on exactly the
 * registry partitions it takes over, and compare source offsets of one integration.
 */
final class CoPartitioning {

  private CoPartitioning() {}

  static void check(int eventsPartitions, int registryPartitions) {
    if (eventsPartitions != registryPartitions) {
      throw new IllegalStateException(
          Topics.EVENTS
              + " has "
              + eventsPartitions
              + " partitions and "
              + Topics.REGISTRY
              + " has "
              + registryPartitions
              + ": the registry needs both with the same count (both are keyed by integration ID,"
              + " so an integration's events and its record share a partition number). Add"
              + " partitions to the smaller one before starting the producer (docs/registry.md).");
    }
  }
}
