package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop's commit, pause, revoke and drain rules, driven deterministically: outcomes are
 * "acknowledged" when the test completes their futures.
 */
class IntakeLoopTests {

  private static final TopicPartition P0 = new TopicPartition(Topics.REQUESTS, 0);

  private final RecordingConsumer consumer = new RecordingConsumer();
  private final Map<Long, CompletableFuture<Void>> acks = new ConcurrentHashMap<>();
  private final Map<Long, BooleanSupplier> owned = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private IntakeLoop loop;

  private void start(int maxInFlight, Duration drain) {
    RecordHandler handler =
        (record, stillOwned) -> {
          owned.put(record.offset(), stillOwned);
          return acks.computeIfAbsent(record.offset(), o -> new CompletableFuture<>());
        };
    IntakeProperties properties =
        new IntakeProperties(true, "g", maxInFlight, 0, drain, 65536, Duration.ofMillis(5));
    Supplier<org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers = () -> consumer;
    loop = new IntakeLoop(consumers, handler, new KeyedSerialExecutor(pool), properties);
    consumer.schedulePollTask(
        () -> {
          consumer.rebalance(List.of(P0));
          consumer.updateBeginningOffsets(Map.of(P0, 0L));
        });
    loop.start();
  }

  @AfterEach
  void stop() {
    if (loop != null) {
      acks.values().forEach(f -> f.complete(null));
      loop.stop();
    }
    pool.shutdownNow();
  }

  private void add(long offset, String key) {
    consumer.schedulePollTask(
        () ->
            consumer.addRecord(new ConsumerRecord<>(Topics.REQUESTS, 0, offset, key, new byte[0])));
  }

  private void ack(long offset) {
    await(() -> acks.containsKey(offset));
    acks.get(offset).complete(null);
  }

  private long committed() {
    return consumer.lastCommitted.getOrDefault(P0, -1L);
  }

  /** Remembers what the loop committed, also after the consumer is closed. */
  static final class RecordingConsumer extends MockConsumer<String, byte[]> {

    final Map<TopicPartition, Long> lastCommitted = new ConcurrentHashMap<>();

    RecordingConsumer() {
      super("earliest");
    }

    private void record(Map<TopicPartition, OffsetAndMetadata> offsets) {
      offsets.forEach((partition, offset) -> lastCommitted.put(partition, offset.offset()));
    }

    @Override
    public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
      record(offsets);
      super.commitSync(offsets);
    }

    @Override
    public synchronized void commitAsync(
        Map<TopicPartition, OffsetAndMetadata> offsets,
        org.apache.kafka.clients.consumer.OffsetCommitCallback callback) {
      record(offsets);
      super.commitAsync(offsets, callback);
    }
  }

  @Test
  void commitsOnlyPastRecordsWhoseOutcomeWasAcknowledged() {
    start(16, Duration.ofSeconds(1));
    add(0, "a");
    add(1, "b");
    add(2, "c");
    ack(1);
    ack(2);
    sleep(100);
    assertThat(committed()).isLessThanOrEqualTo(0);

    ack(0);
    await(() -> committed() == 3);
  }

  @Test
  void pausesAtTheInFlightLimitAndResumesWhenWorkCompletes() {
    start(2, Duration.ofSeconds(1));
    add(0, "a");
    add(1, "b");
    await(() -> loop.inFlight() == 2);
    await(() -> consumer.paused().contains(P0));

    ack(0);
    await(() -> consumer.paused().isEmpty());
  }

  @Test
  void aRevokedPartitionCommitsItsDonePrefixAndItsLateOutcomesDoNotCount() {
    start(16, Duration.ofSeconds(1));
    add(0, "a");
    add(1, "b");
    ack(0);
    await(() -> owned.containsKey(1L));
    consumer.schedulePollTask(() -> consumer.rebalance(List.of()));

    await(() -> !owned.get(1L).getAsBoolean());
    assertThat(committed()).isEqualTo(1);
  }

  @Test
  void stopDrainsInFlightWorkAndCommitsIt() throws Exception {
    start(16, Duration.ofSeconds(5));
    add(0, "a");
    await(() -> acks.containsKey(0L));
    CompletableFuture<Void> stopped = CompletableFuture.runAsync(loop::stop);
    sleep(200);
    assertThat(stopped).isNotDone();

    ack(0);
    stopped.get(5, TimeUnit.SECONDS);
    assertThat(committed()).isEqualTo(1);
    loop = null;
  }

  private static void await(BooleanSupplier condition) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("condition not met within 5 s");
      }
      sleep(5);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
