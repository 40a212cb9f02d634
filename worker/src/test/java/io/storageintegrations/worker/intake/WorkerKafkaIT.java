package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.LifecycleMark;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.validation.Outcomes;
import io.storageintegrations.worker.validation.TestCloud;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The worker end to end: broker, intake, engine, emulator, outcome and dead-letter topics. */
@WithKafkaBroker
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    properties = {
      "server.port=0",
      "worker.intake.group-id=worker-kafka-it",
      "worker.intake.max-in-flight=64",
      "worker.validation.deadline=10s",
      "worker.retry.initial-backoff=20ms"
    })
class WorkerKafkaIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired IntakeLoop intake;
  @Autowired IntakeHealthIndicator health;
  @Autowired io.micrometer.core.instrument.MeterRegistry registry;

  @DynamicPropertySource
  static void cloud(DynamicPropertyRegistry registry) {
    KafkaBroker.createTopics(3, Topics.REQUESTS, Topics.EVENTS, Topics.REQUESTS_DLT);
    CloudEmulator emulator = TestCloud.emulator();
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 0}");
    registry.add("spring.kafka.bootstrap-servers", KafkaBroker::bootstrapServers);
    registry.add("worker.platform.access-key-id", () -> TestCloud.PLATFORM_KEY_ID);
    registry.add("worker.platform.access-key-secret", () -> TestCloud.PLATFORM_SECRET);
    registry.add("worker.platform.principal", () -> TestCloud.PRINCIPAL);
    registry.add("worker.sts.endpoint", emulator::stsEndpoint);
    registry.add("worker.sts.scheme", () -> "HTTP");
    registry.add("worker.oss.endpoint-template", emulator::ossEndpoint);
  }

  @AfterEach
  void reset() {
    TestCloud.emulator().resetRuntime();
  }

  @Test
  void outcomesOfOneIntegrationKeepTheOrderOfItsRequests() {
    TestCloud.emulator().faults().set("*", FaultSpec.latency(Latency.uniform(0, 40)));
    List<String> integrations = new ArrayList<>();
    List<IntegrationRequest> requests = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String integration = "int-order-" + UUID.randomUUID();
      integrations.add(integration);
      for (int revision = 1; revision <= 5; revision++) {
        String role = revision % 2 == 0 ? "no-list" : "rw-ok";
        requests.add(validation(integration, revision, role));
      }
    }
    publish(requests);

    List<ConsumerRecord<String, byte[]>> outcomes =
        awaitEvents(r -> integrations.contains(r.key()), requests.size());

    Map<String, List<Long>> revisionsByIntegration =
        outcomes.stream()
            .collect(
                Collectors.groupingBy(
                    ConsumerRecord::key,
                    Collectors.mapping(r -> revisionOf(r), Collectors.toList())));
    assertThat(revisionsByIntegration).hasSize(12);
    assertThat(revisionsByIntegration.values())
        .allSatisfy(revisions -> assertThat(revisions).containsExactly(1L, 2L, 3L, 4L, 5L));
  }

  @Test
  void aRedeliveredRequestYieldsTheSameEventId() {
    ValidationRequested request = validation("int-redeliver-" + UUID.randomUUID(), 1, "rw-ok");
    publish(List.of(request, request));

    List<ConsumerRecord<String, byte[]>> outcomes =
        awaitEvents(r -> r.key().equals(request.integrationId()), 2);

    Set<String> eventIds = new HashSet<>();
    outcomes.forEach(r -> eventIds.add(header(r, CloudEventHeaders.ID)));
    assertThat(eventIds).hasSize(1);
    assertThat(outcomes)
        .allSatisfy(
            r ->
                assertThat(header(r, CloudEventHeaders.TYPE))
                    .isEqualTo(MessageType.INTEGRATION_VALIDATED.ceType()));
  }

  @Test
  void unreadableRequestsGoToTheDeadLetterTopicWithoutStallingTheirPartition() {
    String key = "int-poison-" + UUID.randomUUID();
    ValidationRequested good = validation(key, 1, "rw-ok");
    byte[] goodJson = MessageCodec.toJson(good);
    String requestedType = MessageType.VALIDATION_REQUESTED.ceType();
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      producer.send(raw(key, "{not json".getBytes(StandardCharsets.UTF_8), requestedType));
      producer.send(raw(key, goodJson, null));
      producer.send(raw(key, goodJson, "io.storageintegrations.integration.unknown.v9"));
      producer.send(raw(key, new byte[70_000], requestedType));
      producer.send(
          raw(key, "{\"requestId\":\"r\"}".getBytes(StandardCharsets.UTF_8), requestedType));
      producer.send(raw(key, goodJson, requestedType));
    }

    List<ConsumerRecord<String, byte[]>> dead =
        TopicReader.await(
            KafkaBroker.bootstrapServers(),
            Topics.REQUESTS_DLT,
            r -> key.equals(r.key()),
            list -> list.size() >= 5,
            WAIT);
    assertThat(dead)
        .extracting(r -> header(r, "dlt_reason"))
        .containsExactlyInAnyOrder(
            "BAD_PAYLOAD", "MISSING_TYPE", "UNKNOWN_TYPE", "OVERSIZE", "BAD_PAYLOAD");
    assertThat(dead).allSatisfy(r -> assertThat(header(r, "dlt_original_offset")).isNotBlank());
    assertThat(awaitEvents(r -> key.equals(r.key()), 1)).hasSize(1);
  }

  @Test
  void aReadableButInvalidRequestGetsAFailedOutcomeWithTheRequestDiagnosis() {
    ValidationRequested base = validation("int-invalid-" + UUID.randomUUID(), 1, "rw-ok");
    ValidationRequested invalid =
        new ValidationRequested(
            base.requestId(),
            base.integrationId(),
            base.projectId(),
            base.revision(),
            base.kind(),
            base.name(),
            base.description(),
            base.access(),
            "oss://bucket-ok",
            base.bucketRegion(),
            base.clusterRegion(),
            base.roleArn(),
            base.externalId(),
            base.requestedAt());
    publish(List.of(invalid));

    ConsumerRecord<String, byte[]> outcome =
        awaitEvents(r -> r.key().equals(invalid.integrationId()), 1).get(0);

    ValidationFailed failed = MessageCodec.fromJson(outcome.value(), ValidationFailed.class);
    assertThat(failed.reason()).isEqualTo("REQUEST_INVALID");
    assertThat(failed.checks().get(0).message()).contains("oss://bucket-ok");
  }

  @Test
  void offsetsAreCommittedOnlyBehindAcknowledgedOutcomes() throws Exception {
    String key = "int-commit-" + UUID.randomUUID();
    TestCloud.emulator().faults().set("sts:AssumeRole", FaultSpec.latency(Latency.fixed(1500)));
    ValidationRequested slow = validation(key, 1, "rw-ok");
    TopicPartition partition;
    long offset;
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      var metadata = producer.send(record(slow)).get(10, TimeUnit.SECONDS);
      partition = new TopicPartition(Topics.REQUESTS, metadata.partition());
      offset = metadata.offset();
    }

    Thread.sleep(1000); // polled and in flight, its AssumeRole still waiting at the emulator
    assertThat(committed(partition)).isLessThanOrEqualTo(offset);

    awaitEvents(r -> key.equals(r.key()), 1);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (committed(partition) <= offset && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(committed(partition)).isGreaterThan(offset);
  }

  @Test
  void requestsPublishedAloneGetTheirLifecycleEventFromTheWorkerBeforeTheOutcome() {
    String key = "int-upstream-" + UUID.randomUUID();
    ValidationRequested create = validation(key, 1, "rw-ok");
    ValidationRequested revalidate = kind(validation(key, 2, "no-list"), RequestKind.REVALIDATE);
    DeletionRequested delete =
        new DeletionRequested(UUID.randomUUID().toString(), key, "proj-1", 3, Instant.now());
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      // As an upstream service with the client publishes them: the request alone, no mark.
      for (IntegrationRequest request : List.of(create, revalidate, delete)) {
        producer.send(RequestRecords.fromUpstream(Topics.REQUESTS, request));
      }
    }

    List<ConsumerRecord<String, byte[]>> events = awaitEvents(r -> key.equals(r.key()), 5);

    assertThat(events)
        .extracting(r -> header(r, CloudEventHeaders.TYPE))
        .containsExactly(
            MessageType.INTEGRATION_ACCEPTED.ceType(),
            MessageType.INTEGRATION_VALIDATED.ceType(),
            MessageType.INTEGRATION_ACCEPTED.ceType(),
            MessageType.VALIDATION_FAILED.ceType(),
            MessageType.INTEGRATION_DELETED.ceType());
    assertThat(events)
        .extracting(r -> header(r, CloudEventHeaders.ID))
        .containsExactly(
            MessageType.INTEGRATION_ACCEPTED.eventId(create.requestId()),
            Outcomes.eventId(create.requestId()),
            MessageType.INTEGRATION_ACCEPTED.eventId(revalidate.requestId()),
            Outcomes.eventId(revalidate.requestId()),
            MessageType.INTEGRATION_DELETED.eventId(delete.requestId()));
    assertThat(events)
        .allSatisfy(
            r ->
                assertThat(header(r, CloudEventHeaders.SOURCE))
                    .isEqualTo("/storage-integrations/worker"));
    assertThat(events)
        .extracting(ConsumerRecord::partition)
        .containsOnly(events.get(0).partition());
    IntegrationAccepted accepted =
        MessageCodec.fromJson(events.get(0).value(), IntegrationAccepted.class);
    assertThat(accepted).isEqualTo(IntegrationAccepted.of(create));
    assertThat(MessageCodec.fromJson(events.get(4).value(), IntegrationDeleted.class))
        .isEqualTo(IntegrationDeleted.of(delete));
  }

  @Test
  void deletionRequestsAreAcknowledgedWithoutAnOutcome() throws Exception {
    String key = "int-delete-" + UUID.randomUUID();
    publish(
        List.of(
            new DeletionRequested(UUID.randomUUID().toString(), key, "proj-1", 2, Instant.now()),
            validation(key, 3, "rw-ok")));

    List<ConsumerRecord<String, byte[]>> events = awaitEvents(r -> key.equals(r.key()), 1);

    assertThat(events).hasSize(1);
    assertThat(revisionOf(events.get(0))).isEqualTo(3L);
  }

  @Test
  void neitherLogsNorEventsCarryThePlatformSecretOrStsCredentials(CapturedOutput output) {
    String key = "int-secrets-" + UUID.randomUUID();
    publish(
        List.of(
            validation(key, 1, "rw-ok"),
            validation(key, 2, "no-get"),
            validation(key, 3, "open-trust"),
            validation(key, 4, "does-not-exist")));

    List<ConsumerRecord<String, byte[]>> events = awaitEvents(r -> key.equals(r.key()), 4);

    StringBuilder everything = new StringBuilder(output.getAll());
    for (ConsumerRecord<String, byte[]> event : events) {
      everything.append(new String(event.value(), StandardCharsets.UTF_8));
      event
          .headers()
          .forEach(h -> everything.append(new String(h.value(), StandardCharsets.UTF_8)));
    }
    String scanned = everything.toString();
    assertThat(scanned).contains(key);
    assertThat(scanned).doesNotContain(TestCloud.PLATFORM_SECRET);
    assertThat(scanned).doesNotContainPattern("CAIS[A-Za-z0-9+/=]{20,}");
    assertThat(scanned).doesNotContainPattern("STS\\.[A-Za-z0-9]{20,}");
  }

  @Test
  void healthAndLowCardinalityMetricsAreExposed() {
    String key = "int-metrics-" + UUID.randomUUID();
    publish(List.of(validation(key, 1, "rw-ok")));
    awaitEvents(r -> key.equals(r.key()), 1);

    var status = health.health();
    assertThat(status.getStatus().getCode()).isEqualTo("UP");
    assertThat(status.getDetails()).containsKeys("inFlight", "paused", "assignedPartitions");
    assertThat(registry.get("worker.requests.in.flight").gauge()).isNotNull();
    assertThat(
            registry
                .get("worker.outcomes")
                .tags("type", "validated", "reason", "none")
                .counter()
                .count())
        .isPositive();
    assertThat(
            registry
                .get("worker.cloud.calls")
                .tags("operation", "ASSUME_ROLE", "outcome", "success")
                .timer()
                .count())
        .isPositive();
    assertThat(registry.find("kafka.consumer.fetch.manager.records.lag.max").meters())
        .as("the intake consumer's lag is exposed")
        .isNotEmpty();
    registry.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith("worker."))
        .flatMap(m -> m.getId().getTags().stream())
        .forEach(tag -> assertThat(tag.getValue()).doesNotContain(key).doesNotContain("int-"));
  }

  private long committed(TopicPartition partition) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets("worker-kafka-it").partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata committed = offsets.get(partition);
      return committed == null ? -1 : committed.offset();
    }
  }

  private static ValidationRequested validation(String integrationId, long revision, String role) {
    ValidationRequested r = TestCloud.request(role, "bucket-ok", AccessMode.READ_WRITE);
    return new ValidationRequested(
        UUID.randomUUID().toString(),
        integrationId,
        r.projectId(),
        revision,
        r.kind(),
        r.name(),
        r.description(),
        r.access(),
        r.bucket(),
        r.bucketRegion(),
        r.clusterRegion(),
        r.roleArn(),
        r.externalId(),
        r.requestedAt());
  }

  private static ValidationRequested kind(ValidationRequested r, RequestKind kind) {
    return TestCloud.as(r, kind, null);
  }

  private static void publish(List<? extends IntegrationRequest> requests) {
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      requests.forEach(r -> producer.send(record(r)));
    }
  }

  private static ProducerRecord<String, byte[]> record(IntegrationRequest request) {
    return RequestRecords.of(request);
  }

  private static ProducerRecord<String, byte[]> raw(String key, byte[] value, String ceType) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REQUESTS, key, value);
    record
        .headers()
        .add(LifecycleMark.HEADER, LifecycleMark.PRODUCER.getBytes(StandardCharsets.UTF_8));
    if (ceType != null) {
      record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  private static List<ConsumerRecord<String, byte[]>> awaitEvents(
      java.util.function.Predicate<ConsumerRecord<String, byte[]>> filter, int count) {
    return TopicReader.await(
        KafkaBroker.bootstrapServers(), Topics.EVENTS, filter, list -> list.size() >= count, WAIT);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static long revisionOf(ConsumerRecord<String, byte[]> record) {
    return MessageCodec.mapper().readTree(record.value()).get("revision").asLong();
  }
}
