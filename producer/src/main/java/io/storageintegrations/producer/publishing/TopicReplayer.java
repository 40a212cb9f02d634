package io.storageintegrations.producer.publishing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
  private final Consumer<ConsumerRecord<String, byte[]>> handler;
  private final KafkaConsumer<String, byte[]> consumer;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private final Map<Integer, Long> consumed = new HashMap<>();
  // two batches in hand at most: memory stays bounded however far behind handling is
  private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(2);

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
      Consumer<ConsumerRecord<String, byte[]>> handler,
      boolean fromEnd) {
    this.fromEnd = fromEnd;
    this.topic = topic;
    this.handler = handler;
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // larger fetches: a replay reads whole topics, and fewer round trips shorten it
    overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 << 20));
    overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    this.consumer =
        (KafkaConsumer<String, byte[]>)
            factory.createConsumer(null, "replay-" + topic, null, overrides);
  }

  /**
   * Starts following and blocks until the topic's content at start has been replayed, however long
   * that takes (it grows with the data, so no fixed deadline): progress is logged every 10 s.
   */
  public void start() throws InterruptedException {
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
    long begun = System.nanoTime();
    long nextReport = begun + PROGRESS_EVERY.toNanos();
    thread.start();
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

  /**
   * Fetches on this thread and hands each poll's records, with the positions after them, to the
   * handling thread: fetching the next batch overlaps handling the last one (replaying a large
   * registry uses both cores), and a partition counts as consumed only once its records are
   * handled.
   */
  private void loop() {
    Thread handling = new Thread(this::handle, "replay-handle-" + topic);
    handling.setDaemon(true);
    handling.start();
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        Map<Integer, Long> positions = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
          positions.put(tp.partition(), consumer.position(tp));
        }
        batches.put(new Batch(records, positions));
      }
    } catch (WakeupException e) {
      // closing
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("stopped following {}: reads of it are stale from now on", topic, e);
    } finally {
      handling.interrupt();
      consumer.close();
    }
  }

  private void handle() {
    try {
      while (true) {
        Batch batch = batches.take();
        for (ConsumerRecord<String, byte[]> record : batch.records()) {
          try {
            handler.accept(record);
          } catch (RuntimeException e) {
            log.warn(
                "skipped unreadable record {}-{}@{}: {}",
                topic,
                record.partition(),
                record.offset(),
                e.getMessage());
          }
        }
        synchronized (this) {
          consumed.putAll(batch.positions());
          notifyAll();
        }
      }
    } catch (InterruptedException e) {
      // the fetching thread stopped
    }
  }

  private record Batch(ConsumerRecords<String, byte[]> records, Map<Integer, Long> positions) {}

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
  }
}
