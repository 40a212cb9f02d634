package io.storageintegrations.testsupport.roundtrip;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Publishes one message of every {@link MessageType} the way the services do (JSON value,
 * CloudEvents binary-mode headers, key = integration ID) and reads each back identical. Topics
 * carry a run suffix so a long-lived external broker's old records cannot interfere.
 */
@WithKafkaBroker
class MessageRoundTripIT {

  private static final String SOURCE = "/storage-integrations/test-support";
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void everyMessageTypeComesBackIdenticalWithItsHeadersAndKey() throws Exception {
    List<Object> messages = MessageSamples.all(run);
    assertThat(messages)
        .extracting(m -> MessageType.of(m.getClass()))
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(MessageType.class));
    Map<String, List<Object>> byTopic = messages.stream().collect(groupingBy(this::topicOf));
    KafkaBroker.createTopics(3, byTopic.keySet().toArray(String[]::new));

    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      for (Object message : messages) {
        producer.send(toRecord(message)).get();
      }
    }

    for (var topic : byTopic.entrySet()) {
      List<ConsumerRecord<String, byte[]>> read =
          KafkaBroker.readFromBeginning(
              topic.getKey(), topic.getValue().size(), Duration.ofSeconds(30));
      assertThat(read.stream().map(this::fromRecord))
          .containsExactlyInAnyOrderElementsOf(topic.getValue());
      read.forEach(this::assertHeadersAndKeyMatchThePayload);
    }
  }

  private String topicOf(Object message) {
    return MessageType.of(message.getClass()).topic() + ".it-" + run;
  }

  private ProducerRecord<String, byte[]> toRecord(Object message) {
    CloudEventHeaders headers = CloudEventHeaders.forMessage(message, SOURCE);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topicOf(message), headers.subject(), MessageCodec.toJson(message));
    headers.toByteMap().forEach(record.headers()::add);
    return record;
  }

  private Object fromRecord(ConsumerRecord<String, byte[]> record) {
    CloudEventHeaders headers = CloudEventHeaders.read(name -> header(record, name));
    return headers.type().decode(record.value());
  }

  private void assertHeadersAndKeyMatchThePayload(ConsumerRecord<String, byte[]> record) {
    Object message = fromRecord(record);
    CloudEventHeaders sent = CloudEventHeaders.forMessage(message, SOURCE);
    assertThat(CloudEventHeaders.read(name -> header(record, name))).isEqualTo(sent);
    assertThat(headerMap(record)).isEqualTo(sent.toMap());
    assertThat(record.key()).isEqualTo(sent.subject()).startsWith("int-");
    assertThat(record.value()).isEqualTo(MessageCodec.toJson(message));
  }

  private static Map<String, String> headerMap(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
