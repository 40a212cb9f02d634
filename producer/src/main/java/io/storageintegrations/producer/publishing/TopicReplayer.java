package io.storageintegrations.producer.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads every partition of one topic from the beginning on a thread of its own (no consumer group),
 * then keeps following it. {@link #start} returns once everything present at start has been handed
 * to the handler; {@link #awaitConsumed} gives read-your-writes on one partition.
 */
public final class TopicReplayer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicReplayer.class);

  private final String topic;
  private final Consumer<List<ConsumerRecord<String, byte[]>>> handler;
  private final KafkaConsumer<String, byte[]> consumer;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private final Map<Integer, Long> consumed = new HashMap<>();
  private long begun;

  /** The sum of the partitions' first offsets at start (records compacted or deleted before). */
  private long begin;

  private Map<Integer, Long> startEnd = Map.of();
  private volatile boolean running = true;
  private Thread thread;

  private final boolean fromEnd;

  /**
   * Replays from the beginning (the topic is the state to rebuild) or, with {@code fromEnd}, only
   * follows what is written from now on.
   */
  TopicReplayer(
      ConsumerFactory<String, byte[]> factory,
      String topic,
      Consumer<List<ConsumerRecord<String, byte[]>>> handler,
      boolean fromEnd) {
    this.fromEnd = fromEnd;
    this.topic = topic;
    this.handler = handler;
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    this.consumer =
        (KafkaConsumer<String, byte[]>)
            factory.createConsumer(null, "replay-" + topic, null, overrides);
  }

  /** Starts following on its own thread; {@link #awaitReplayed} waits for the replay. */
  public void begin() {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    Map<Integer, Long> end = new HashMap<>();
    consumer.endOffsets(partitions).forEach((tp, offset) -> end.put(tp.partition(), offset));
    if (fromEnd) {
      partitions.forEach(tp -> consumer.seek(tp, end.get(tp.partition())));
    } else {
      consumer.seekToBeginning(partitions);
      long first = 0;
      for (long offset : consumer.beginningOffsets(partitions).values()) {
        first += offset;
      }
      begin = first;
    }
    synchronized (this) {
      startEnd = end;
      partitions.forEach(
          tp -> consumed.put(tp.partition(), fromEnd ? end.get(tp.partition()) : 0L));
    }
    thread = new Thread(this::loop, "replay-" + topic);
    thread.setDaemon(true);
    begun = System.nanoTime();
    thread.start();
  }

  /**
   * Blocks until the topic's content at start has been replayed, however long that takes (it grows
   * with the data, so no fixed deadline): progress is logged every 10 s.
   */
  public void awaitReplayed() throws InterruptedException {
    long nextReport = System.nanoTime() + PROGRESS_EVERY.toNanos();
    synchronized (this) {
      while (!caughtUp()) {
        if (!thread.isAlive()) {
          throw new IllegalStateException("stopped replaying " + topic + " (see the log above)");
        }
        long now = System.nanoTime();
        if (now >= nextReport) {
          log.info(
              "replaying {}: {} of {} records read ({} s so far)",
              topic,
              read(),
              total(),
              (now - begun) / 1_000_000_000);
          nextReport = now + PROGRESS_EVERY.toNanos();
        }
        wait(Math.max(1, (nextReport - now) / 1_000_000));
      }
    }
    if (!fromEnd) {
      log.info(
          "replayed {}: {} records in {} ms",
          topic,
          total(),
          (System.nanoTime() - begun) / 1_000_000);
    }
  }

  private long read() {
    long read = 0;
    for (Map.Entry<Integer, Long> e : startEnd.entrySet()) {
      read += Math.min(consumed.getOrDefault(e.getKey(), 0L), e.getValue());
    }
    return Math.max(0, read - begin);
  }

  private long total() {
    long total = 0;
    for (long end : startEnd.values()) {
      total += end;
    }
    return total - begin;
  }

  /** Waits until the record at {@code offset} of {@code partition} has been handled. */
  public synchronized boolean awaitConsumed(int partition, long offset, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (consumed.getOrDefault(partition, 0L) <= offset) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  private boolean caughtUp() {
    return startEnd.entrySet().stream()
        .allMatch(e -> consumed.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }

  private void loop() {
    try {
      while (running) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        if (!records.isEmpty()) {
          handler.accept(records);
        }
        Map<Integer, Long> positions = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
          positions.put(tp.partition(), consumer.position(tp));
        }
        synchronized (this) {
          consumed.putAll(positions);
          notifyAll();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("stopped following {}: reads of it are stale from now on", topic, e);
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
  }
}
