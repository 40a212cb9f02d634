package io.storageintegrations.worker.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of which partitions are in flight. A revoked partition's state is dropped: work
 * still running for it finishes but no longer moves a commit, and its records are redelivered to
 * the partition's new owner.
 */
final class OffsetLedger {

  private final Map<TopicPartition, PartitionOffsets> partitions = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Called on the consumer thread for each record polled. */
  Ticket track(TopicPartition partition, long offset) {
    PartitionOffsets offsets = partitions.computeIfAbsent(partition, p -> new PartitionOffsets());
    offsets.track(offset);
    inFlight.incrementAndGet();
    return new Ticket(partition, offset, offsets);
  }

  /** The outcome of the ticket's record is acknowledged (or the record was dropped). */
  void complete(Ticket ticket) {
    ticket.owner().complete(ticket.offset());
    inFlight.decrementAndGet();
  }

  /** Whether the ticket's partition is still assigned in the same generation. */
  boolean isCurrent(Ticket ticket) {
    return partitions.get(ticket.partition()) == ticket.owner();
  }

  int inFlight() {
    return inFlight.get();
  }

  /** Offsets whose committable position moved since they were last handed out. */
  Map<TopicPartition, OffsetAndMetadata> advanced() {
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    partitions.forEach(
        (partition, offsets) ->
            offsets
                .advanced()
                .ifPresent(offset -> commits.put(partition, new OffsetAndMetadata(offset))));
    return commits;
  }

  /** Failed commits are handed out again by the next {@link #advanced()}. */
  void commitFailed(Map<TopicPartition, OffsetAndMetadata> failed) {
    failed.forEach(
        (partition, offset) -> {
          PartitionOffsets offsets = partitions.get(partition);
          if (offsets != null) {
            offsets.commitFailed(offset.offset());
          }
        });
  }

  /** The current committable offsets of {@code revoked}, which are then forgotten. */
  Map<TopicPartition, OffsetAndMetadata> revoke(Collection<TopicPartition> revoked) {
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    for (TopicPartition partition : revoked) {
      PartitionOffsets offsets = partitions.remove(partition);
      if (offsets != null) {
        offsets
            .committable()
            .ifPresent(offset -> commits.put(partition, new OffsetAndMetadata(offset)));
      }
    }
    return commits;
  }

  /** Forgets partitions without committing (they were lost, not revoked). */
  void forget(Collection<TopicPartition> lost) {
    lost.forEach(partitions::remove);
  }

  /** Every partition's committable offset, for the final commit at shutdown. */
  Map<TopicPartition, OffsetAndMetadata> all() {
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    partitions.forEach(
        (partition, offsets) ->
            offsets
                .committable()
                .ifPresent(offset -> commits.put(partition, new OffsetAndMetadata(offset))));
    return commits;
  }

  /** One polled record's place in the ledger. */
  record Ticket(TopicPartition partition, long offset, PartitionOffsets owner) {}
}
