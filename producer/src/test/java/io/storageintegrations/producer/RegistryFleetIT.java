package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two producer instances in one registry group: periodic re-validation is requested once per fleet
 * (by the instance whose writer owns the integration's partition), an integration of a project no
 * longer configured is skipped and counted without stopping the sweep, and both instances answer
 * describe identically; after one instance leaves, the other takes its partitions over (catching up
 * first) and keeps applying.
 */
@WithKafkaBroker
class RegistryFleetIT {

  private static final String KEY = "it-key-p1-0123456789abcdefghijklmn";

  @Test
  void periodicRevalidationIsRequestedOncePerFleetAndSkipsWhatItCannotHandle() throws Exception {
    String group = "fleet-" + UUID.randomUUID();
    // The reader comes after the producers: they declare the topic, and on a fresh broker it
    // would otherwise have no partitions yet and the reader would be assigned none.
    try (ConfigurableApplicationContext a = start(group);
        ConfigurableApplicationContext b = start(group);
        KafkaConsumer<String, byte[]> background = backgroundFromNow();
        WorkerStandIn worker = new WorkerStandIn()) {
      Api api = api(a);
      String gone = "integ-gone" + UUID.randomUUID().toString().substring(0, 8);
      ValidationRequested orphan =
          new ValidationRequested(
              UUID.randomUUID().toString(),
              gone,
              "project-no-longer-configured",
              1,
              RequestKind.CREATE,
              "orphan",
              null,
              AccessMode.READ_ONLY,
              "bucket-o",
              "cn-hangzhou",
              "cn-hangzhou",
              "acs:ram::123456789012:role/r",
              "ext-orphan-0123456789abcdef",
              Instant.now());
      worker.publish(IntegrationAccepted.of(orphan));
      worker.validated(
          gone, "project-no-longer-configured", 1, orphan.requestId(), RequestKind.CREATE);

      String id = create(api, "fleet");
      worker.validated(id, "p1", 1, requestId(api, id), RequestKind.CREATE);

      AtomicInteger requests = new AtomicInteger();
      await().atMost(Duration.ofSeconds(20)).until(() -> count(background, id, requests) >= 1);
      // Both instances sweep every 0.5 s: a second request would come within a few sweeps.
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> count(background, id, requests) == 1);
      await().atMost(Duration.ofSeconds(10)).until(() -> skipped(a) + skipped(b) >= 1);
      String path = "/v1/storage-integrations/" + id;
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> api(b).get(KEY, path).json().equals(api.get(KEY, path).json()));
      assertThat((Object) api.get(KEY, path).at("revision")).isEqualTo(2);
    }
  }

  @Test
  void theInstanceLeftTakesThePartitionsOverAndAppliesFromWhereTheOtherStopped() {
    String group = "handover-" + UUID.randomUUID();
    try (ConfigurableApplicationContext b = start(group);
        WorkerStandIn worker = new WorkerStandIn()) {
      List<String> ids;
      try (ConfigurableApplicationContext a = start(group)) {
        Api api = api(a);
        ids = List.of(create(api, "ho"), create(api, "ho"), create(api, "ho"), create(api, "ho"));
        for (String id : ids) {
          worker.validated(id, "p1", 1, requestId(api, id), RequestKind.CREATE);
        }
        for (String id : ids) {
          await()
              .atMost(Duration.ofSeconds(10))
              .until(
                  () ->
                      "ACTIVE"
                          .equals(api(b).get(KEY, "/v1/storage-integrations/" + id).text("state")));
        }
      }
      Api api = api(b);
      for (String id : ids) {
        Api.Response accepted = api.post(KEY, "/v1/storage-integrations/" + id + "/revalidate", "");
        assertThat(accepted.status()).isEqualTo(202);
        worker.failed(id, "p1", 2, requestId(api, id), RequestKind.REVALIDATE);
      }
      for (String id : ids) {
        Api.Response invalid =
            await()
                .atMost(Duration.ofSeconds(20))
                .until(
                    () -> api.get(KEY, "/v1/storage-integrations/" + id),
                    r -> "INVALID".equals(r.text("state")));
        assertThat((Object) invalid.at("revision")).isEqualTo(2);
      }
    }
  }

  private static double skipped(ConfigurableApplicationContext context) {
    return context
        .getBean(MeterRegistry.class)
        .get("storage_integrations.registry.revalidations.skipped")
        .counter()
        .count();
  }

  private static int count(KafkaConsumer<String, byte[]> consumer, String id, AtomicInteger seen) {
    consumer
        .poll(Duration.ofMillis(100))
        .forEach(
            r -> {
              if (id.equals(r.key())) {
                seen.incrementAndGet();
              }
            });
    return seen.get();
  }

  /**
   * Reads uncommitted records on purpose (the Kafka default): it counts what the producers sent,
   * and a transaction another test of this JVM left open would hide them from a read-committed
   * reader until the broker aborts it (the 15 s transaction timeout plus its cleanup interval).
   */
  private static KafkaConsumer<String, byte[]> backgroundFromNow() {
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.REQUESTS_BACKGROUND, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    assertThat(partitions).as("partitions of " + Topics.REQUESTS_BACKGROUND).isNotEmpty();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  private static ConfigurableApplicationContext start(String group) {
    return StandaloneProducer.start(
        "--storage-integrations.registry.group-id=" + group,
        "--storage-integrations.registry.revalidation-interval=PT2S",
        "--storage-integrations.registry.revalidation-check-every=PT0.5S",
        "--storage-integrations.registry.revalidation-rate-per-second=400");
  }

  private static String create(Api api, String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String externalId =
        api.post(
                KEY,
                "/v1/storage-integrations/authorization-materials",
                Map.of(
                    "projectId", "p1",
                    "bucket", "bucket-f",
                    "region", "cn-hangzhou",
                    "access", "READ_ONLY"))
            .text("externalId");
    Api.Response created =
        api.post(
            KEY,
            "/v1/storage-integrations",
            Map.of(
                "projectId", "p1",
                "name", name,
                "access", "READ_ONLY",
                "bucket", "bucket-f",
                "region", "cn-hangzhou",
                "roleArn", "acs:ram::123456789012:role/si-access",
                "externalId", externalId));
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    String id = created.text("integrationId");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> api.get(KEY, "/v1/storage-integrations/" + id).status() == 200);
    return id;
  }

  private static String requestId(Api api, String id) {
    List<Map<String, Object>> history =
        api.get(KEY, "/v1/storage-integrations/" + id).at("history");
    return (String) history.get(history.size() - 1).get("requestId");
  }

  private static Api api(ConfigurableApplicationContext context) {
    return StandaloneProducer.api(context);
  }
}
