package io.storageintegrations.testsupport.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.KafkaTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessIT {

  private static final String TOPIC = "process-it";
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void keepsAcknowledgedRecordsAcrossAHardKillAndRestart() throws Exception {
    BrokerProcessSettings settings = BrokerProcessSettings.onFreePorts(dir);
    try (KafkaBrokerProcess broker = new KafkaBrokerProcess(settings).start()) {
      KafkaTopics.create(broker.bootstrapServers(), 2, TOPIC);
      send(broker, "before-kill");
      String metaBefore = Files.readString(dir.resolve("data/meta.properties"));
      long firstPid = broker.pid();

      broker.kill();
      assertThat(broker.isRunning()).isFalse();
      broker.start();

      assertThat(broker.pid()).isNotEqualTo(firstPid);
      assertThat(Files.readString(dir.resolve("data/meta.properties"))).isEqualTo(metaBefore);
      send(broker, "after-restart");
      List<ConsumerRecord<String, byte[]>> read =
          KafkaRecords.readFromBeginning(broker.bootstrapServers(), TOPIC, 2, READ_TIMEOUT);
      assertThat(read)
          .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
          .containsExactlyInAnyOrder("before-kill", "after-restart");
      assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
    }
  }

  private static void send(KafkaBrokerProcess broker, String value) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(broker.bootstrapServers())) {
      producer
          .send(new ProducerRecord<>(TOPIC, value, value.getBytes(StandardCharsets.UTF_8)))
          .get();
    }
  }
}
