package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.cloud.Lane;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Which polled records start now. A poll may return more than the free slots; the rest wait here,
 * their partitions paused, so in-flight never exceeds the limit and nothing is fetched twice.
 * Interactive records are admitted first; background ones only within the background limit. Records
 * held here are not committed past, and are simply dropped when their partition leaves.
 */
final class Admission {

  private final Map<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> held =
      new LinkedHashMap<>();
  private volatile InFlightLimit limit;

  Admission(InFlightLimit limit) {
    this.limit = limit;
  }

  InFlightLimit limit() {
    return limit;
  }

  void limit(InFlightLimit limit) {
    this.limit = limit;
  }

  void hold(Iterable<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      held.computeIfAbsent(
              new TopicPartition(record.topic(), record.partition()), p -> new ArrayDeque<>())
          .add(record);
    }
  }

  /**
   * Starts held records while there are free slots, interactive first, one per partition in turn; a
   * partition that got a slot goes to the back of the line, so partitions newly taken over are not
   * starved by those that were here first.
   */
  void admit(OffsetLedger ledger, Consumer<ConsumerRecord<String, byte[]>> start) {
    for (Lane lane : Lane.values()) {
      boolean started = true;
      while (started && free(lane, ledger) > 0) {
        started = false;
        for (TopicPartition partition : List.copyOf(held.keySet())) {
          if (Lanes.of(partition.topic()) != lane || free(lane, ledger) <= 0) {
            continue;
          }
          ArrayDeque<ConsumerRecord<String, byte[]>> records = held.remove(partition);
          start.accept(records.poll());
          if (!records.isEmpty()) {
            held.put(partition, records);
          }
          started = true;
        }
      }
    }
  }

  /** Partitions not to fetch from: those with records held, and those of a lane that is full. */
  Set<TopicPartition> toPause(Collection<TopicPartition> assigned, OffsetLedger ledger) {
    Set<TopicPartition> pause = new HashSet<>(held.keySet());
    for (TopicPartition partition : assigned) {
      if (free(Lanes.of(partition.topic()), ledger) <= 0) {
        pause.add(partition);
      }
    }
    pause.retainAll(assigned);
    return pause;
  }

  /** Forgets held records of partitions that left; their next owner fetches them again. */
  void drop(Collection<TopicPartition> partitions) {
    partitions.forEach(held::remove);
  }

  private int free(Lane lane, OffsetLedger ledger) {
    InFlightLimit current = limit;
    int free = current.total() - ledger.inFlight();
    return lane == Lane.BACKGROUND
        ? Math.min(free, current.background() - ledger.inFlight(Lane.BACKGROUND))
        : free;
  }
}
