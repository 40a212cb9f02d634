package io.storageintegrations.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Requests published by the client arrive on the real broker as the workers expect them. */
@WithKafkaBroker
class IntegrationRequestPublisherIT {

  @Test
  void createPublishesTheLifecycleEventThenTheRequestWithCloudEventsHeaders() throws Exception {
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

    try (IntegrationRequestPublisher client =
        new IntegrationRequestPublisher(
            new PublisherSettings(KafkaBroker.bootstrapServers(), "/test/upstream"))) {
      client.requestValidation(create).get();
      client.requestDeletion(delete).get();
    }

    List<ConsumerRecord<String, byte[]>> requests =
        KafkaBroker.readFromBeginning(Topics.REQUESTS, 2, Duration.ofSeconds(10));
    List<ConsumerRecord<String, byte[]>> events =
        KafkaBroker.readFromBeginning(Topics.EVENTS, 2, Duration.ofSeconds(10));
    assertThat(requests).allSatisfy(r -> assertThat(r.key()).isEqualTo(id));
    assertThat(events).allSatisfy(r -> assertThat(r.key()).isEqualTo(id));
    assertThat(requests)
        .extracting(IntegrationRequestPublisherIT::type)
        .containsExactly(
            MessageType.VALIDATION_REQUESTED.ceType(), MessageType.DELETION_REQUESTED.ceType());
    assertThat(events)
        .extracting(IntegrationRequestPublisherIT::type)
        .containsExactly(
            MessageType.INTEGRATION_ACCEPTED.ceType(), MessageType.INTEGRATION_DELETED.ceType());
    assertThat(header(requests.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/test/upstream");
    assertThat(header(requests.get(0), CloudEventHeaders.ID)).isEqualTo(create.requestId());
    IntegrationAccepted accepted =
        (IntegrationAccepted) MessageType.INTEGRATION_ACCEPTED.decode(events.get(0).value());
    assertThat(accepted.name()).isEqualTo("backups");
    assertThat(accepted.revision()).isEqualTo(1);
    assertThat(accepted.eventId())
        .isEqualTo(MessageType.INTEGRATION_ACCEPTED.eventId(create.requestId()));
  }

  private static String type(ConsumerRecord<String, byte[]> record) {
    return header(record, CloudEventHeaders.TYPE);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
