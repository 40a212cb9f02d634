package io.storageintegrations.producer.registry;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.utils.Utils;
import org.springframework.stereotype.Component;

/**
 * The events partitions this instance's registry writer owns (caught up and applying), so work that
 * must happen once per fleet per integration (periodic re-validation) is done by the one instance
 * that owns the integration's partition.
 */
@Component
public class WriterPartitions {

  private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
  private volatile int total;

  void assigned(Collection<Integer> partitions, int partitionCount) {
    total = partitionCount;
    owned.addAll(partitions);
  }

  void revoked(Collection<Integer> partitions) {
    owned.removeAll(partitions);
  }

  /** Whether this instance writes the partition of {@code integrationId}. */
  public boolean owns(String integrationId) {
    int count = total;
    return count > 0 && owned.contains(partitionOf(integrationId, count));
  }

  /** The share of all partitions this instance owns (0 before any assignment). */
  public double share() {
    int count = total;
    return count == 0 ? 0 : (double) owned.size() / count;
  }

  /** The partition Kafka's default partitioner picks for a record keyed {@code integrationId}. */
  static int partitionOf(String integrationId, int partitionCount) {
    byte[] key = integrationId.getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(key)) % partitionCount;
  }
}
