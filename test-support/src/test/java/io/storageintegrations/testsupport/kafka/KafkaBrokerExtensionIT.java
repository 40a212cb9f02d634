package io.storageintegrations.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@WithKafkaBroker
class KafkaBrokerExtensionIT {

  @Test
  void choosesTheFirstAvailableSourceAndTellsSpring() {
    BrokerSource expected;
    if (System.getenv(SharedBroker.ENV_BOOTSTRAP) != null) {
      expected = BrokerSource.ENVIRONMENT;
    } else if (DockerProbe.dockerAnswers()) {
      expected = BrokerSource.TESTCONTAINERS;
    } else {
      expected = BrokerSource.EMBEDDED;
    }
    assertThat(KafkaBroker.source()).isEqualTo(expected);
    assertThat(System.getProperty(KafkaBroker.SPRING_BOOTSTRAP_PROPERTY))
        .isEqualTo(KafkaBroker.bootstrapServers());
  }

  @Test
  void servesProduceAndConsumeWithHeaders() throws Exception {
    String topic = "extension-it-" + UUID.randomUUID();
    KafkaBroker.createTopics(3, topic);
    KafkaBroker.createTopics(3, topic); // existing topics are tolerated

    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      for (int i = 0; i < 5; i++) {
        ProducerRecord<String, byte[]> record =
            new ProducerRecord<>(
                topic, "key-" + i, ("value-" + i).getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", ("id-" + i).getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
      }
    }

    List<ConsumerRecord<String, byte[]>> read =
        KafkaBroker.readFromBeginning(topic, 5, Duration.ofSeconds(20));

    assertThat(read)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder("key-0", "key-1", "key-2", "key-3", "key-4");
    assertThat(read)
        .allSatisfy(
            r ->
                assertThat(
                        new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(r.key().replace("key", "id")));
  }
}
