package io.storageintegrations.producer.registry;

import io.storageintegrations.model.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Before the writer applies events of partitions it was just given, the view must hold what their
 * previous owner wrote: it waits until the registry follower has read the registry partitions of
 * the same numbers up to their end offsets (co-partitioning, see {@link CoPartitioning}). No
 * deadline: it logs its progress every 10 s until done.
 */
@Component
class WriterCatchUp {

  private static final Logger log = LoggerFactory.getLogger(WriterCatchUp.class);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final RegistryRebuilder rebuilder;
  private final WriterPartitions partitions;

  WriterCatchUp(
      ConsumerFactory<String, byte[]> consumerFactory,
      RegistryRebuilder rebuilder,
      WriterPartitions partitions) {
    this.consumerFactory = consumerFactory;
    this.rebuilder = rebuilder;
    this.partitions = partitions;
  }

  /** Blocks until the view has the registry partitions {@code assigned} up to their end now. */
  void catchUp(Collection<Integer> assigned) throws InterruptedException {
    if (assigned.isEmpty()) {
      return;
    }
    Map<TopicPartition, Long> end;
    int partitionCount;
    try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer()) {
      List<TopicPartition> registryPartitions = new ArrayList<>();
      assigned.forEach(p -> registryPartitions.add(new TopicPartition(Topics.REGISTRY, p)));
      end = consumer.endOffsets(registryPartitions, Duration.ofSeconds(30));
      partitionCount = consumer.partitionsFor(Topics.EVENTS, Duration.ofSeconds(30)).size();
    }
    long begun = System.nanoTime();
    for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
      long endOffset = partition.getValue();
      while (endOffset > 0
          && !rebuilder.awaitConsumed(
              partition.getKey().partition(), endOffset - 1, PROGRESS_EVERY)) {
        log.info(
            "registry writer: catching up on {} up to offset {} before applying events",
            partition.getKey(),
            endOffset);
      }
    }
    partitions.assigned(assigned, partitionCount);
    log.info(
        "registry writer: caught up on registry partitions {} in {} ms; applying their events",
        assigned,
        (System.nanoTime() - begun) / 1_000_000);
  }

  void revoked(Collection<Integer> revoked) {
    partitions.revoked(revoked);
  }
}
