package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.cloud.CloudCalls.StsQuota;
import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop's admission, commit, revoke and drain rules, driven deterministically: outcomes are
 * "acknowledged" when the test completes their futures.
 */
class IntakeLoopTests {

  private static final TopicPartition P0 = new TopicPartition(Topics.REQUESTS, 0);
  private static final TopicPartition B0 = new TopicPartition(Topics.REQUESTS_BACKGROUND, 0);

  private final RecordingConsumer consumer = new RecordingConsumer();
  private final Map<TopicPartition, Map<Long, CompletableFuture<Void>>> acks =
      new ConcurrentHashMap<>();
  private final Map<Long, BooleanSupplier> owned = new ConcurrentHashMap<>();
  private final AtomicInteger started = new AtomicInteger();
  private volatile boolean closing;
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private IntakeLoop loop;

  private void start(IntakeProperties properties) {
    RecordHandler handler =
        (record, stillOwned) -> {
          started.incrementAndGet();
          mostInFlight.accumulateAndGet(loop.inFlight(), Math::max);
          owned.put(record.offset(), stillOwned);
          if (closing) {
            return CompletableFuture.completedFuture(null);
          }
          return ack(new TopicPartition(record.topic(), record.partition()), record.offset());
        };
    Admission admission =
        new Admission(QuotaShare.initial(StsQuota.unlimited(), 95, properties, DEADLINE));
    loop =
        new IntakeLoop(
            () -> consumer,
            handler,
            new KeyedSerialExecutor(pool),
            properties,
            admission,
            new QuotaShare(StsQuota.unlimited(), 95, properties, DEADLINE, admission),
            new BrokerContact(System::nanoTime));
    for (TopicPartition p : List.of(P0, B0)) {
      Node node = new Node(0, "localhost", 9092);
      consumer.updatePartitions(
          p.topic(), List.of(new PartitionInfo(p.topic(), 0, node, null, null)));
    }
    consumer.schedulePollTask(
        () -> {
          consumer.rebalance(List.of(P0, B0));
          consumer.updateBeginningOffsets(Map.of(P0, 0L, B0, 0L));
        });
    loop.start();
  }

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @AfterEach
  void stop() {
    if (loop != null) {
      closing = true;
      acks.values().forEach(m -> m.values().forEach(f -> f.complete(null)));
      loop.stop();
    }
    pool.shutdownNow();
  }

  private CompletableFuture<Void> ack(TopicPartition p, long offset) {
    return acks.computeIfAbsent(p, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(offset, o -> new CompletableFuture<>());
  }

  private void add(TopicPartition p, long offset, String key) {
    consumer.schedulePollTask(
        () -> consumer.addRecord(new ConsumerRecord<>(p.topic(), 0, offset, key, new byte[0])));
  }

  private void add(long offset, String key) {
    add(P0, offset, key);
  }

  private boolean handled(TopicPartition p, long offset) {
    return owned.containsKey(offset) && acks.getOrDefault(p, Map.of()).containsKey(offset);
  }

  private void answer(long offset) {
    await().until(() -> handled(P0, offset));
    ack(P0, offset).complete(null);
  }

  private OffsetAndMetadata committed() {
    return consumer.lastCommitted.get(P0);
  }

  private long committedOffset() {
    OffsetAndMetadata c = committed();
    return c == null ? -1 : c.offset();
  }

  /** Remembers what the loop committed, also after the consumer is closed. */
  static final class RecordingConsumer extends MockConsumer<String, byte[]> {

    final Map<TopicPartition, OffsetAndMetadata> lastCommitted = new ConcurrentHashMap<>();

    RecordingConsumer() {
      super("earliest");
    }

    @Override
    public synchronized void commitSync(
        Map<TopicPartition, OffsetAndMetadata> offsets, Duration timeout) {
      lastCommitted.putAll(offsets);
      super.commitSync(offsets, timeout);
    }

    @Override
    public synchronized void commitAsync(
        Map<TopicPartition, OffsetAndMetadata> offsets,
        org.apache.kafka.clients.consumer.OffsetCommitCallback callback) {
      lastCommitted.putAll(offsets);
      super.commitAsync(offsets, callback);
    }
  }

  @Test
  void commitsOnlyPastRecordsWhoseOutcomeWasAcknowledgedAndCarriesTheOnesAbove() {
    start(IntakeSettings.of(16));
    add(0, "a");
    add(1, "b");
    add(2, "c");
    answer(1);
    answer(2);
    await().until(() -> committed() != null && !committed().metadata().isEmpty());
    assertThat(committedOffset()).isLessThanOrEqualTo(0);
    assertThat(DoneOffsets.decode(committedOffset(), committed().metadata()))
        .containsExactly(1L, 2L);

    answer(0);
    await().until(() -> committedOffset() == 3);
    assertThat(committed().metadata()).isEmpty();
  }

  @Test
  void neverHasMoreInFlightThanTheLimitWhenAPollReturnsMore() {
    start(IntakeSettings.of(2));
    for (long offset = 0; offset < 6; offset++) {
      add(offset, "k" + offset);
    }
    await().until(() -> loop.inFlight() == 2 && consumer.paused().contains(P0));
    assertThat(started).hasValue(2);

    for (long offset = 0; offset < 6; offset++) {
      answer(offset);
    }
    await().until(() -> committedOffset() == 6);
    assertThat(mostInFlight).hasValueLessThanOrEqualTo(2);
    assertThat(started).hasValue(6);
  }

  @Test
  void theBackgroundLaneUsesOnlyItsShareAndPeopleStillGetIn() {
    start(IntakeSettings.of(4)); // background share 0.5: two of four slots
    for (long offset = 0; offset < 5; offset++) {
      add(B0, offset, "sweep" + offset);
    }
    await().until(() -> loop.inFlight() == 2);
    add(0, "person-a");
    add(1, "person-b");
    await().until(() -> handled(P0, 0) && handled(P0, 1));
    assertThat(loop.inFlight()).isEqualTo(4);
    assertThat(acks.get(B0)).hasSize(2);
  }

  @Test
  void aRevokedPartitionLetsStartedWorkFinishLeavesQueuedWorkAndCommitsWhatWasAnswered() {
    start(IntakeSettings.of(16, Duration.ofSeconds(5), Duration.ofSeconds(5)));
    add(0, "a");
    add(1, "a"); // queued behind 0 (same key)
    add(2, "b");
    answer(2);
    await().until(() -> handled(P0, 0));
    consumer.schedulePollTask(() -> consumer.rebalance(List.of(B0)));
    await().pollDelay(Duration.ofMillis(200)).until(() -> true);
    ack(P0, 0).complete(null); // within the grace: its outcome counts

    await().until(() -> committed() != null && consumer.assignment().equals(Set.of(B0)));
    await().until(() -> !owned.get(0L).getAsBoolean());
    assertThat(committedOffset()).isEqualTo(1);
    assertThat(DoneOffsets.decode(1, committed().metadata())).containsExactly(2L);
    assertThat(handled(P0, 1)).as("queued record left to the next owner").isFalse();
  }

  @Test
  void aReassignedPartitionSkipsWhatItsLastCommitSaysWasAnswered() {
    start(IntakeSettings.of(16));
    consumer.schedulePollTask(
        () -> {
          // An earlier owner answered 4 and 6 above its last position, 3, then left.
          var answered = new java.util.TreeSet<>(List.of(4L, 6L));
          consumer.commitSync(
              Map.of(P0, new OffsetAndMetadata(3, DoneOffsets.encode(3, answered))),
              Duration.ofSeconds(1));
          consumer.rebalance(List.of(B0));
          consumer.rebalance(List.of(P0, B0));
        });
    for (long offset = 3; offset < 8; offset++) {
      add(offset, "k" + offset);
    }
    answer(3);
    answer(5);
    answer(7);
    await().until(() -> committedOffset() == 8);
    assertThat(handled(P0, 4)).isFalse();
    assertThat(handled(P0, 6)).isFalse();
    assertThat(started).hasValue(3);
  }

  @Test
  void stopHandsBackQueuedWorkWaitsForStartedWorkAndCommitsIt() throws Exception {
    start(IntakeSettings.of(16, Duration.ofSeconds(5), Duration.ofSeconds(5)));
    add(0, "a");
    add(1, "a");
    await().until(() -> handled(P0, 0));
    CompletableFuture<Void> stopped = CompletableFuture.runAsync(loop::stop);
    await().during(Duration.ofMillis(200)).until(() -> !stopped.isDone());

    ack(P0, 0).complete(null);
    stopped.get(5, TimeUnit.SECONDS);
    assertThat(committedOffset()).isEqualTo(1);
    assertThat(handled(P0, 1)).isFalse();
    loop = null;
  }
}
