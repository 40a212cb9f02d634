package io.storageintegrations.worker.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.intake.RequestRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * AssumeRole calls per validation, by kind, counted by the emulator's STS itself: the real worker
 * (default quota, default 24 h recheck period) consumes requests from the real broker and calls the
 * emulator through the real SDKs. Each group of requests runs alone, so the emulator's counter
 * difference belongs to it; the worker's own meter must agree. Prints the table docs/worker.md
 * quotes.
 */
@WithKafkaBroker
@SpringBootTest(properties = {"server.port=0", "worker.intake.group-id=sts-economy-it"})
class StsEconomyIT {

  private static final String ASSUME_ROLE = "sts:AssumeRole";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final List<String> TABLE = new ArrayList<>();

  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void cloud(DynamicPropertyRegistry registry) {
    KafkaBroker.createTopics(
        3, Topics.REQUESTS, Topics.REQUESTS_BACKGROUND, Topics.EVENTS, Topics.REQUESTS_DLT);
    CloudEmulator emulator = TestCloud.emulator();
    // The real service's default: 100 AssumeRole/s per account; the worker stays under it.
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 100}");
    registry.add("spring.kafka.bootstrap-servers", KafkaBroker::bootstrapServers);
    registry.add("worker.platform.access-key-id", () -> TestCloud.PLATFORM_KEY_ID);
    registry.add("worker.platform.access-key-secret", () -> TestCloud.PLATFORM_SECRET);
    registry.add("worker.platform.principal", () -> TestCloud.PRINCIPAL);
    registry.add("worker.sts.endpoint", emulator::stsEndpoint);
    registry.add("worker.sts.scheme", () -> "HTTP");
    registry.add("worker.oss.endpoint-template", emulator::ossEndpoint);
  }

  @AfterAll
  static void printTable() {
    System.out.println(String.join("\n", TABLE));
  }

  @Test
  void interactiveValidationsMakeTwoCallsAndPeriodicOnesAboutOne() {
    TABLE.add("");
    TABLE.add(
        "| kind | lane | last verified (sent) | validations | AssumeRole (emulator) | per"
            + " validation | AssumeRole (worker meter) |");
    TABLE.add("|---|---|---|---:|---:|---:|---:|");
    Instant now = Instant.now();
    Instant fresh = now.minus(Duration.ofHours(1));
    Instant expired = now.minus(Duration.ofHours(25));

    Phase create = run("CREATE", "interactive", "-", 20, i -> request(RequestKind.CREATE, null));
    Phase dryRun =
        run("VALIDATE", "interactive", "-", 20, i -> request(RequestKind.VALIDATE, null));
    // A person's re-validation is always tested, even if its message carries a recent time.
    Phase manual =
        run(
            "REVALIDATE",
            "interactive",
            "1 h ago",
            10,
            i -> request(RequestKind.REVALIDATE, fresh));
    // The defaults' steady state: re-validated hourly, the negative test due every 24th time.
    Phase periodic =
        background("1 h ago ×46, 25 h ago ×2", 48, i -> i % 24 == 23 ? expired : fresh);
    Phase due = background("25 h ago", 10, i -> expired);
    Phase future = background("in 1 h (not trusted)", 10, i -> now.plus(Duration.ofHours(1)));
    Phase older = background("absent (older producer)", 10, i -> null);

    assertThat(create.calls).isEqualTo(2L * create.validations());
    assertThat(dryRun.calls).isEqualTo(2L * dryRun.validations());
    assertThat(manual.calls).isEqualTo(2L * manual.validations());
    assertThat(periodic.calls).isEqualTo(46 + 2 * 2);
    assertThat(periodic.perValidation()).isLessThanOrEqualTo(1.1);
    assertThat(due.calls).isEqualTo(2L * due.validations());
    assertThat(future.calls).isEqualTo(2L * future.validations());
    assertThat(older.calls).isEqualTo(2L * older.validations());
    for (Phase phase : List.of(create, dryRun, manual, periodic, due, future, older)) {
      assertThat(phase.meterCalls).as(phase.kind + " " + phase.verified).isEqualTo(phase.calls);
      assertThat(phase.outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Validated.class));
    }

    // Skipped: PASS VERIFIED_RECENTLY, the time of the real test carried forward unchanged.
    assertThat(periodic.negativeChecks())
        .filteredOn(c -> "VERIFIED_RECENTLY".equals(c.code()))
        .hasSize(46)
        .allSatisfy(
            c -> {
              assertThat(c.status()).isEqualTo(CheckStatus.PASS);
              assertThat(c.verifiedAt()).isEqualTo(fresh);
              assertThat(c.attempts()).isZero();
              assertThat(c.message()).contains("Not re-tested", fresh.toString());
            });
    // Tested: PASS OK, verified now, so the next 23 re-validations may skip it again.
    for (Phase tested : List.of(due, future, older, create, dryRun, manual)) {
      assertThat(tested.negativeChecks())
          .allSatisfy(
              c -> {
                assertThat(c.code()).isEqualTo("OK");
                assertThat(c.attempts()).isEqualTo(1);
                assertThat(c.verifiedAt()).isAfterOrEqualTo(tested.startedAt);
              });
    }
    assertThat(periodic.negativeChecks())
        .filteredOn(c -> "OK".equals(c.code()))
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.verifiedAt()).isAfterOrEqualTo(periodic.startedAt));
    assertThat(TestCloud.emulator().counters().count(ASSUME_ROLE, "Throttling.User")).isZero();
  }

  private Phase background(String verified, int count, Function<Integer, Instant> verifiedAt) {
    return run(
        "REVALIDATE",
        "background",
        verified,
        count,
        i -> request(RequestKind.REVALIDATE, verifiedAt.apply(i)));
  }

  private Phase run(
      String kind,
      String lane,
      String verified,
      int count,
      Function<Integer, ValidationRequested> requests) {
    boolean background = lane.equals("background");
    String topic = background ? Topics.REQUESTS_BACKGROUND : Topics.REQUESTS;
    List<ValidationRequested> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(requests.apply(i));
    }
    double meterBefore = meterCalls(kind, lane);
    long before = TestCloud.emulator().counters().count(ASSUME_ROLE);
    Instant startedAt = Instant.now();
    Map<String, Object> outcomes;
    try (KafkaConsumer<String, byte[]> events = eventsAtEnd()) {
      try (KafkaProducer<String, byte[]> producer =
          KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
        sent.forEach(r -> producer.send(RequestRecords.to(topic, r)));
      }
      outcomes = awaitOutcomes(events, sent);
    }
    long calls = TestCloud.emulator().counters().count(ASSUME_ROLE) - before;
    long meter = Math.round(meterCalls(kind, lane) - meterBefore);
    Phase phase =
        new Phase(kind, verified, startedAt, calls, meter, new ArrayList<>(outcomes.values()));
    TABLE.add(
        String.format(
            "| %s | %s | %s | %d | %d | %.3f | %d |",
            kind, lane, verified, count, calls, phase.perValidation(), meter));
    return phase;
  }

  private double meterCalls(String kind, String lane) {
    return meters
        .find("worker.sts.assume.role")
        .tag("kind", kind)
        .tag("lane", lane.toUpperCase())
        .counters()
        .stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private static KafkaConsumer<String, byte[]> eventsAtEnd() {
    return KafkaRecords.fromNow(KafkaBroker.bootstrapServers(), Topics.EVENTS, WAIT);
  }

  /** The outcome of every sent request, by request ID: all its AssumeRole calls are done. */
  private static Map<String, Object> awaitOutcomes(
      KafkaConsumer<String, byte[]> events, List<ValidationRequested> sent) {
    Map<String, Object> outcomes = new HashMap<>();
    Map<String, ValidationRequested> byId = new HashMap<>();
    sent.forEach(r -> byId.put(r.requestId(), r));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (outcomes.size() < sent.size() && System.nanoTime() < deadline) {
      for (var record : events.poll(Duration.ofMillis(100))) {
        var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null) {
          continue;
        }
        String ceType = new String(type.value(), StandardCharsets.UTF_8);
        if (ceType.equals(MessageType.INTEGRATION_VALIDATED.ceType())) {
          IntegrationValidated v =
              MessageCodec.fromJson(record.value(), IntegrationValidated.class);
          if (byId.containsKey(v.requestId())) {
            outcomes.put(v.requestId(), new Validated(v));
          }
        } else if (ceType.equals(MessageType.VALIDATION_FAILED.ceType())
            || ceType.equals(MessageType.VALIDATION_ERRORED.ceType())) {
          String key = record.key();
          sent.stream()
              .filter(r -> r.integrationId().equals(key))
              .forEach(r -> outcomes.put(r.requestId(), ceType));
        }
      }
    }
    assertThat(outcomes).as("outcomes").hasSize(sent.size());
    return outcomes;
  }

  private static ValidationRequested request(RequestKind kind, Instant externalIdVerifiedAt) {
    return TestCloud.as(
        TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE), kind, externalIdVerifiedAt);
  }

  private record Validated(IntegrationValidated event) {}

  private record Phase(
      String kind,
      String verified,
      Instant startedAt,
      long calls,
      long meterCalls,
      List<Object> outcomes) {

    int validations() {
      return outcomes.size();
    }

    double perValidation() {
      return calls / (double) validations();
    }

    /** EXTERNAL_ID_ENFORCED of every validated outcome. */
    List<CheckResult> negativeChecks() {
      return outcomes.stream()
          .filter(Validated.class::isInstance)
          .flatMap(o -> ((Validated) o).event().checks().stream())
          .filter(c -> c.check() == Check.EXTERNAL_ID_ENFORCED)
          .toList();
    }
  }
}
