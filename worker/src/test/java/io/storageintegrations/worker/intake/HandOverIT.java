package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.OutcomeIds;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.bench.InJvmWorker;
import io.storageintegrations.worker.validation.TestCloud;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Partitions changing hands under load with a real broker: a second worker joins the group while
 * the first is busy, then the first stops. Cooperative assignment moves only half the partitions,
 * started validations answer within the grace, and the answered offsets travel in the commits, so
 * almost nothing is validated twice and nothing is lost.
 */
@WithKafkaBroker
class HandOverIT {

  private static final int REQUESTS = 400;

  private final CloudEmulator emulator = TestCloud.emulator();
  private final String group = "hand-over-" + UUID.randomUUID();
  // Other test classes' workers (cached contexts) read the same topic in their own groups.
  private final String source = "/" + group;
  private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
  private final AtomicBoolean reading = new AtomicBoolean(true);

  @AfterEach
  void reset() {
    reading.set(false);
    emulator.resetRuntime();
  }

  @Test
  void aJoiningAndALeavingWorkerRedoAlmostNothingAndLoseNothing() throws Exception {
    KafkaBroker.createTopics(
        6, Topics.REQUESTS, Topics.REQUESTS_BACKGROUND, Topics.EVENTS, Topics.REQUESTS_DLT);
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 0}");
    emulator.faults().set("*", FaultSpec.latency(Latency.fixed(60)));
    List<ValidationRequested> requests =
        IntStream.range(0, REQUESTS)
            .mapToObj(i -> TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE))
            .toList();
    requests.forEach(r -> outcomes.put(r.requestId(), 0));
    Thread reader = new Thread(this::readOutcomes, "hand-over-reader");
    reader.start();

    ConfigurableApplicationContext first = worker();
    await()
        .atMost(Duration.ofSeconds(30))
        // All six request partitions (the background lane's count depends on who created it).
        .until(() -> first.getBean(IntakeLoop.class).state().assignedPartitions() >= 6);
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      requests.forEach(r -> producer.send(RequestRecords.of(r)));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> answered() >= REQUESTS / 4);
    try (ConfigurableApplicationContext second = worker()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> second.getBean(IntakeLoop.class).state().assignedPartitions() > 0);
      await().atMost(Duration.ofSeconds(60)).until(() -> answered() >= REQUESTS / 2);
      first.close();
      await().atMost(Duration.ofSeconds(120)).until(() -> answered() == REQUESTS);
      // Late copies, if any, arrive within a moment of the last first copy.
      await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    }

    long duplicates = outcomes.values().stream().filter(n -> n > 1).count();
    assertThat(answered()).isEqualTo(REQUESTS);
    assertThat(duplicates).as("requests answered twice").isLessThanOrEqualTo(REQUESTS / 100);
  }

  private long answered() {
    return outcomes.values().stream().filter(n -> n > 0).count();
  }

  private void readOutcomes() {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            KafkaBroker.bootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.EVENTS).stream()
              .map(p -> new TopicPartition(Topics.EVENTS, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (reading.get()) {
        for (var record : consumer.poll(Duration.ofMillis(100))) {
          if (!source.equals(InJvmWorker.header(record, CloudEventHeaders.SOURCE))) {
            continue;
          }
          outcomes.computeIfPresent(OutcomeIds.requestId(record.value()), (id, n) -> n + 1);
        }
      }
    }
  }

  private ConfigurableApplicationContext worker() {
    return TestWorkers.start(
        emulator,
        group,
        "--worker.sts.rate-limit-enabled=false",
        "--worker.intake.max-in-flight=32",
        "--worker.validation.event-source=" + source);
  }
}
