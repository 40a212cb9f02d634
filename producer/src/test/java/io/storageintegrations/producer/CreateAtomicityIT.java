package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.broker.BrokerProcessSettings;
import io.storageintegrations.testsupport.broker.KafkaBrokerProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A create whose request cannot be published (the requests topic refuses it as too large) leaves
 * nothing behind: its lifecycle event was in the same transaction and is aborted with it, so no
 * consumer ever sees it. A retry with the same Idempotency-Key completes the work once the topic
 * takes records again.
 */
class CreateAtomicityIT {

  private static final String KEY = "it-key-p1-0123456789abcdefghijklmn";

  @Test
  void aCreateWhoseRequestFailsLeavesNothingAndARetryWithTheKeyCompletesIt() throws Exception {
    KafkaBrokerProcess broker =
        new KafkaBrokerProcess(
            BrokerProcessSettings.onFreePorts(Files.createTempDirectory("producer-atomic")));
    broker.start();
    try (ConfigurableApplicationContext producer = start(broker);
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      Api api = StandaloneProducer.api(producer);
      Map<String, Object> body =
          RequestBodies.create(
              "p1", "atomic", "bucket-a", RequestBodies.mintExternalId(api, KEY, "p1", "bucket-a"));
      Map<String, String> idempotency = Map.of("Idempotency-Key", "atomic-create-1");
      requestsTopicMaxBytes(admin, "64");

      Api.Response failed = api.post(KEY, "/v1/storage-integrations", body, idempotency);

      assertThat(failed.status()).isEqualTo(503);
      assertThat(failed.text("detail")).contains("nothing was accepted");
      assertThat(committedKeys(broker, Topics.EVENTS)).isEmpty();

      requestsTopicMaxBytes(admin, null);
      Api.Response retried =
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> api.post(KEY, "/v1/storage-integrations", body, idempotency),
                  r -> r.status() == 202);
      String id = retried.text("integrationId");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> api.get(KEY, "/v1/storage-integrations/" + id).status() == 200);
      assertThat(committedKeys(broker, Topics.EVENTS)).containsExactly(id);
      assertThat(committedKeys(broker, Topics.REQUESTS)).containsExactly(id);
    } finally {
      broker.kill();
    }
  }

  /** Sets the topic's largest accepted batch, or (null) restores the broker's default. */
  private static void requestsTopicMaxBytes(Admin admin, String bytes) throws Exception {
    ConfigEntry entry = new ConfigEntry("max.message.bytes", bytes);
    AlterConfigOp op =
        new AlterConfigOp(
            entry, bytes == null ? AlterConfigOp.OpType.DELETE : AlterConfigOp.OpType.SET);
    admin
        .incrementalAlterConfigs(
            Map.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.REQUESTS), List.of(op)))
        .all()
        .get();
  }

  private static ConfigurableApplicationContext start(KafkaBrokerProcess broker) {
    return StandaloneProducer.start(
        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
        "--storage-integrations.publishing.ack-timeout=PT4S",
        "--spring.kafka.producer.properties.max.block.ms=3000");
  }

  /** Keys of every record a read-committed consumer sees on {@code topic}, up to its end. */
  private static List<String> committedKeys(KafkaBrokerProcess broker, String topic) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<String> keys = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
      }
      return keys;
    }
  }
}
