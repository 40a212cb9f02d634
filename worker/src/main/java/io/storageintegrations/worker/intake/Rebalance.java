package io.storageintegrations.worker.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partitions moving in and out. With cooperative assignment only the partitions that must move are
 * revoked. A revoked partition is handed back: records not yet started are left for the next owner,
 * started ones get up to the grace to send their outcomes, then the position is committed with the
 * answered offsets above it, which the next owner skips. A lost partition cannot be committed; what
 * was answered is remembered in case it comes back.
 */
final class Rebalance implements ConsumerRebalanceListener {

  private static final Logger log = LoggerFactory.getLogger(Rebalance.class);
  private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(5);

  private final Consumer<String, byte[]> consumer;
  private final OffsetLedger ledger;
  private final Admission admission;
  private final QuotaShare share;
  private final Duration grace;

  Rebalance(
      Consumer<String, byte[]> consumer,
      OffsetLedger ledger,
      Admission admission,
      QuotaShare share,
      Duration grace) {
    this.consumer = consumer;
    this.ledger = ledger;
    this.admission = admission;
    this.share = share;
    this.grace = grace;
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    admission.drop(partitions);
    try {
      ledger.handBack(partitions, grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<TopicPartition, OffsetAndMetadata> positions = ledger.release(partitions);
    if (!positions.isEmpty()) {
      try {
        consumer.commitSync(positions, COMMIT_TIMEOUT);
      } catch (KafkaException e) {
        log.warn(
            "commit of revoked {} failed; they will be redelivered: {}",
            positions.keySet(),
            e.toString());
      }
    }
    Set<TopicPartition> remaining = new HashSet<>(consumer.assignment());
    remaining.removeAll(partitions);
    share.update(remaining, this::partitionCount);
    log.info("handed back {}", partitions);
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    admission.drop(partitions);
    ledger.lost(partitions);
    log.warn("lost {} without a commit; their records will be redelivered", partitions);
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    if (!partitions.isEmpty()) {
      Map<TopicPartition, OffsetAndMetadata> committed = Map.of();
      try {
        committed = consumer.committed(Set.copyOf(partitions), COMMIT_TIMEOUT);
      } catch (KafkaException e) {
        // Without the metadata, answered records above the position are only validated again.
        log.warn("could not read the commits of {}: {}", partitions, e.toString());
      }
      Map<TopicPartition, OffsetAndMetadata> positions = committed;
      partitions.forEach(p -> ledger.assigned(p, positions.get(p)));
      log.info("assigned {}", partitions);
    }
    share.update(consumer.assignment(), this::partitionCount);
  }

  private int partitionCount(String topic) {
    try {
      var partitions = consumer.partitionsFor(topic, COMMIT_TIMEOUT);
      return partitions == null ? 0 : partitions.size();
    } catch (KafkaException e) {
      return 0;
    }
  }
}
