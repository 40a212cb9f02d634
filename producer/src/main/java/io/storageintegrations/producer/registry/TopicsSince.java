package io.storageintegrations.producer.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads every partition of some topics from the first record at or after {@code since} (by record
 * timestamp, {@code offsetsForTimes}) on a thread of its own, no consumer group, and keeps
 * following them. {@link #startAndCatchUp} returns once what was there at start has been handled;
 * it gives up only when reading stalls (no progress for a minute), not after a fixed time, so a
 * larger backlog only takes longer.
 */
final class TopicsSince implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicsSince.class);
  private static final Duration STALLED = Duration.ofSeconds(60);

  private final List<String> topics;
  private final Instant since;
  private final Consumer<ConsumerRecord<String, byte[]>> handler;
  private final org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer;
  private final Map<TopicPartition, Long> positions = new HashMap<>();
  private Map<TopicPartition, Long> endAtStart = Map.of();
  private volatile boolean running = true;
  private Thread thread;

  TopicsSince(
      ConsumerFactory<String, byte[]> factory,
      List<String> topics,
      Instant since,
      Consumer<ConsumerRecord<String, byte[]>> handler) {
    this(factory, topics, since, handler, Duration.ZERO);
  }

  /**
   * As above, taking records in batches up to {@code batching} late: the broker then answers a
   * fetch once that long has passed (or a megabyte is there) rather than at every record, which
   * saves both processes work per record where a reader can wait.
   */
  TopicsSince(
      ConsumerFactory<String, byte[]> factory,
      List<String> topics,
      Instant since,
      Consumer<ConsumerRecord<String, byte[]>> handler,
      Duration batching) {
    this.topics = topics;
    this.since = since;
    this.handler = handler;
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    if (!batching.isZero() && !batching.isNegative()) {
      overrides.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Integer.toString(1 << 20));
      overrides.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Long.toString(batching.toMillis()));
    }
    this.consumer =
        factory.createConsumer(null, "since-" + String.join("+", topics), null, overrides);
  }

  void startAndCatchUp() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(info -> new TopicPartition(topic, info.partition()))
          .forEach(partitions::add);
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> at = new HashMap<>();
    partitions.forEach(tp -> at.put(tp, since.toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> first = consumer.offsetsForTimes(at);
    for (TopicPartition tp : partitions) {
      OffsetAndTimestamp found = first.get(tp);
      consumer.seek(tp, found == null ? end.get(tp) : found.offset());
    }
    synchronized (this) {
      endAtStart = Map.copyOf(end);
      partitions.forEach(tp -> positions.put(tp, consumer.position(tp)));
    }
    thread = new Thread(this::loop, "since-" + String.join("+", topics));
    thread.setDaemon(true);
    thread.start();
    awaitCaughtUp();
  }

  private synchronized void awaitCaughtUp() {
    long lastProgress = System.nanoTime();
    long behind = behind();
    while (behind > 0) {
      if (!running) {
        throw new IllegalStateException("stopped before " + topics + " were read");
      }
      if (System.nanoTime() - lastProgress > STALLED.toNanos()) {
        throw new IllegalStateException(
            "reading " + topics + " made no progress for " + STALLED + " (" + behind + " behind)");
      }
      try {
        wait(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + topics, e);
      }
      long now = behind();
      if (now < behind) {
        lastProgress = System.nanoTime();
        behind = now;
      }
    }
  }

  private long behind() {
    long behind = 0;
    for (Map.Entry<TopicPartition, Long> e : endAtStart.entrySet()) {
      behind += Math.max(0, e.getValue() - positions.getOrDefault(e.getKey(), 0L));
    }
    return behind;
  }

  private void loop() {
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          try {
            handler.accept(record);
          } catch (RuntimeException e) {
            log.warn(
                "skipped unreadable record {}-{}@{}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                e.getMessage());
          }
        }
        Map<TopicPartition, Long> now = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
          now.put(tp, consumer.position(tp));
        }
        synchronized (this) {
          positions.putAll(now);
          notifyAll();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("stopped following {}: what it feeds is stale from now on", topics, e);
    } finally {
      running = false;
      consumer.close();
      synchronized (this) {
        notifyAll();
      }
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
  }
}
