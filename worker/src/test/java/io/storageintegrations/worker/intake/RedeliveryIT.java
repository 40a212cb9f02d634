package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.validation.Outcomes;
import io.storageintegrations.worker.validation.TestCloud;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A worker stopped while a validation is in flight commits nothing for it; the next worker of the
 * group gets the request again and answers it under the same eventId. Each worker stamps its own
 * event source, so the outcome's author is known (other tests' workers may share the topics).
 */
@WithKafkaBroker
class RedeliveryIT {

  private final CloudEmulator emulator = TestCloud.emulator();
  private final String group = "redelivery-" + UUID.randomUUID();

  @AfterEach
  void reset() {
    emulator.resetRuntime();
  }

  @Test
  void aRequestInFlightAtShutdownIsRedeliveredAndAnsweredUnderTheSameEventId() throws Exception {
    KafkaBroker.createTopics(3, Topics.REQUESTS, Topics.EVENTS, Topics.REQUESTS_DLT);
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 0}");
    ValidationRequested request = TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);
    ConfigurableApplicationContext first = worker("/first");
    IntakeLoop intake = first.getBean(IntakeLoop.class);
    await(() -> intake.state().assignedPartitions() > 0);
    awaitIdle(intake); // earlier tests' requests on the topic, answered and committed

    // The first worker's AssumeRole answers long after its drain timeout.
    emulator.faults().set("sts:AssumeRole", FaultSpec.latency(Latency.fixed(8_000)));
    publish(request);
    await(() -> intake.inFlight() == 1);
    first.close(); // drains for 200 ms, then leaves the group without committing the request

    emulator.faults().clear();
    try (ConfigurableApplicationContext second = worker("/second")) {
      List<ConsumerRecord<String, byte[]>> outcomes =
          TopicReader.await(
              KafkaBroker.bootstrapServers(),
              Topics.EVENTS,
              r -> request.integrationId().equals(r.key()) && source(r).startsWith("/"),
              list -> list.stream().anyMatch(r -> source(r).equals("/second")),
              Duration.ofSeconds(60));

      // The first worker handed the request back: its late answer is never published.
      assertThat(outcomes).noneMatch(r -> source(r).equals("/first"));
      ConsumerRecord<String, byte[]> answered =
          outcomes.stream().filter(r -> source(r).equals("/second")).findFirst().orElseThrow();
      assertThat(header(answered, CloudEventHeaders.TYPE))
          .isEqualTo(MessageType.INTEGRATION_VALIDATED.ceType());
      assertThat(header(answered, CloudEventHeaders.ID))
          .isEqualTo(Outcomes.eventId(request.requestId()));
      assertThat(MessageCodec.mapper().readTree(answered.value()).get("eventId").asString())
          .isEqualTo(Outcomes.eventId(request.requestId()));
    }
  }

  private ConfigurableApplicationContext worker(String source) {
    return TestWorkers.start(
        emulator,
        group,
        "--worker.intake.drain-timeout=200ms",
        "--worker.validation.event-source=" + source);
  }

  private static void publish(ValidationRequested request) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      producer.send(RequestRecords.of(request)).get(10, TimeUnit.SECONDS);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(until);
      Thread.sleep(20);
    }
  }

  /** Nothing in flight for a whole second. */
  private static void awaitIdle(IntakeLoop intake) throws InterruptedException {
    long idleSince = System.nanoTime();
    long until = idleSince + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() - idleSince < TimeUnit.SECONDS.toNanos(1)) {
      assertThat(System.nanoTime()).as("idle within 60 s").isLessThan(until);
      if (intake.inFlight() > 0) {
        idleSince = System.nanoTime();
      }
      Thread.sleep(20);
    }
  }

  private static String source(ConsumerRecord<String, byte[]> record) {
    String source = header(record, CloudEventHeaders.SOURCE);
    return source == null ? "" : source;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
