package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.cloud.Lane;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of which partitions are in flight, per lane, and what may be committed. A released
 * or lost partition's state is dropped: work still running for it publishes nothing and no longer
 * moves a commit, and its records are redelivered to the partition's next owner, which skips the
 * ones already answered.
 */
final class OffsetLedger {

  private final Map<TopicPartition, PartitionOffsets> partitions = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Set<Long>> answeredBeforeLoss = new ConcurrentHashMap<>();
  private final Map<Lane, AtomicInteger> inFlight = new EnumMap<>(Lane.class);

  OffsetLedger() {
    for (Lane lane : Lane.values()) {
      inFlight.put(lane, new AtomicInteger());
    }
  }

  /** A newly assigned partition, with what its last commit says was answered above it. */
  void assigned(TopicPartition partition, OffsetAndMetadata committed) {
    long base = committed == null ? -1 : committed.offset();
    Set<Long> answered =
        new TreeSet<>(DoneOffsets.decode(base, committed == null ? null : committed.metadata()));
    Set<Long> remembered = answeredBeforeLoss.remove(partition);
    if (remembered != null) {
      remembered.stream().filter(offset -> offset >= base).forEach(answered::add);
    }
    partitions.put(partition, new PartitionOffsets(answered));
  }

  /** Called on the consumer thread for each record admitted. */
  Ticket track(TopicPartition partition, long offset, Lane lane) {
    PartitionOffsets offsets =
        partitions.computeIfAbsent(partition, p -> new PartitionOffsets(Set.of()));
    offsets.track(offset);
    inFlight.get(lane).incrementAndGet();
    return new Ticket(partition, offset, lane, offsets);
  }

  /** Whether the ticket's record was answered before this assignment (skip it). */
  boolean answeredBefore(Ticket ticket) {
    return ticket.owner().answeredBefore(ticket.offset());
  }

  /** Whether the ticket's record may start now (its partition is ours and not handed back). */
  boolean start(Ticket ticket) {
    return isCurrent(ticket) && ticket.owner().start(ticket.offset());
  }

  /** The outcome of the ticket's record is acknowledged (or it needed none). */
  void answered(Ticket ticket) {
    ticket.owner().answered(ticket.offset());
    inFlight.get(ticket.lane()).decrementAndGet();
  }

  /** The ticket's record never started or ended without an outcome: it stays uncommitted. */
  void abandoned(Ticket ticket) {
    ticket.owner().unanswered(ticket.offset());
    inFlight.get(ticket.lane()).decrementAndGet();
  }

  /** Whether the ticket's partition is still assigned in the same generation. */
  boolean isCurrent(Ticket ticket) {
    return partitions.get(ticket.partition()) == ticket.owner();
  }

  int inFlight() {
    return inFlight.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  int inFlight(Lane lane) {
    return inFlight.get(lane).get();
  }

  /** Positions that changed since they were last handed out. */
  Map<TopicPartition, OffsetAndMetadata> advanced() {
    return collect(
        partitions.keySet(), p -> ifOurs(p).flatMap(PartitionOffsets::advanced).orElse(null));
  }

  /** Failed commits are handed out again by the next {@link #advanced()}. */
  void commitFailed(Map<TopicPartition, OffsetAndMetadata> failed) {
    failed.keySet().forEach(p -> ifOurs(p).ifPresent(PartitionOffsets::commitFailed));
  }

  /**
   * Hands {@code revoked} back: records not yet started are abandoned, and this waits up to {@code
   * grace} for the started ones to be answered, so their outcomes are committed, not redone.
   */
  void handBack(Collection<TopicPartition> revoked, Duration grace) throws InterruptedException {
    revoked.forEach(p -> ifOurs(p).ifPresent(PartitionOffsets::handBack));
    long until = System.nanoTime() + grace.toNanos();
    for (TopicPartition partition : revoked) {
      Optional<PartitionOffsets> offsets = ifOurs(partition);
      if (offsets.isPresent()) {
        offsets.get().awaitRunning(Math.max(0, until - System.nanoTime()));
      }
    }
  }

  private Optional<PartitionOffsets> ifOurs(TopicPartition partition) {
    return Optional.ofNullable(partitions.get(partition));
  }

  /** The positions to commit for {@code released}, which are then forgotten. */
  Map<TopicPartition, OffsetAndMetadata> release(Collection<TopicPartition> released) {
    Map<TopicPartition, OffsetAndMetadata> commits = committable(released);
    released.forEach(partitions::remove);
    return commits;
  }

  /** Forgets partitions that were lost (no commit possible), remembering what was answered. */
  void lost(Collection<TopicPartition> lost) {
    for (TopicPartition partition : lost) {
      PartitionOffsets offsets = partitions.remove(partition);
      if (offsets != null) {
        answeredBeforeLoss.put(partition, offsets.answered());
      }
    }
  }

  /** Every partition's position, for the final commit at shutdown. */
  Map<TopicPartition, OffsetAndMetadata> all() {
    return committable(partitions.keySet());
  }

  private Map<TopicPartition, OffsetAndMetadata> committable(Collection<TopicPartition> which) {
    return collect(which, p -> ifOurs(p).flatMap(PartitionOffsets::committable).orElse(null));
  }

  private static Map<TopicPartition, OffsetAndMetadata> collect(
      Collection<TopicPartition> which, Function<TopicPartition, OffsetAndMetadata> position) {
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    for (TopicPartition partition : which) {
      OffsetAndMetadata offset = position.apply(partition);
      if (offset != null) {
        commits.put(partition, offset);
      }
    }
    return commits;
  }

  /** One admitted record's place in the ledger. */
  record Ticket(TopicPartition partition, long offset, Lane lane, PartitionOffsets owner) {}
}
