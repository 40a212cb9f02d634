package io.storageintegrations.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.LifecycleMark;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Requests published by the client arrive on the real broker as the workers expect them, and the
 * client never writes the events topic (upstream principals have no ACL for it).
 */
@WithKafkaBroker
class IntegrationRequestPublisherIT {

  @Test
  void eachCallPublishesTheRequestAloneWithCloudEventsHeadersAndNothingOnTheEventsTopic()
      throws Exception {
    KafkaBroker.createTopics(3, Topics.REQUESTS, Topics.EVENTS);
    String id = "integ-" + UUID.randomUUID().toString().substring(0, 8);
    ValidationRequested create =
        new ValidationRequested(
            UUID.randomUUID().toString(),
            id,
            "p1",
            1,
            RequestKind.CREATE,
            "backups",
            null,
            AccessMode.READ_ONLY,
            "bucket-a",
            "cn-hangzhou",
            "cn-hangzhou",
            "acs:ram::123456789012:role/r",
            "si-ext-abc",
            Instant.now());
    DeletionRequested delete =
        new DeletionRequested(UUID.randomUUID().toString(), id, "p1", 2, Instant.now());
    long eventsBefore = endOffsets(Topics.EVENTS);

    try (IntegrationRequestPublisher client =
        new IntegrationRequestPublisher(
            new PublisherSettings(KafkaBroker.bootstrapServers(), "/test/upstream"))) {
      client.requestValidation(create).get();
      client.requestDeletion(delete).get();
    }

    List<ConsumerRecord<String, byte[]>> requests =
        KafkaBroker.readFromBeginning(Topics.REQUESTS, 2, Duration.ofSeconds(10)).stream()
            .filter(r -> id.equals(r.key()))
            .toList();
    assertThat(requests)
        .extracting(IntegrationRequestPublisherIT::type)
        .containsExactly(
            MessageType.VALIDATION_REQUESTED.ceType(), MessageType.DELETION_REQUESTED.ceType());
    assertThat(header(requests.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/test/upstream");
    assertThat(header(requests.get(0), CloudEventHeaders.ID)).isEqualTo(create.requestId());
    assertThat(header(requests.get(1), CloudEventHeaders.ID)).isEqualTo(delete.requestId());
    assertThat(requests)
        .as("unmarked: the worker owes these their lifecycle events")
        .allSatisfy(r -> assertThat(r.headers().lastHeader(LifecycleMark.HEADER)).isNull());
    assertThat(endOffsets(Topics.EVENTS))
        .as("the client writes nothing to the events topic")
        .isEqualTo(eventsBefore);
  }

  private static long endOffsets(String topic) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static String type(ConsumerRecord<String, byte[]> record) {
    return header(record, CloudEventHeaders.TYPE);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
