package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.config.IntakeProperties;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * The intake consumer's settings from Boot's {@code spring.kafka.*}, with what correctness needs
 * forced (manual commits, bytes) and what operations need by default: cooperative assignment, so a
 * member joining or leaving moves only the partitions that must move, and a 10 s session, so a dead
 * worker's partitions move within about 15 s. With the KIP-848 protocol ({@code
 * group.protocol=consumer}) assignment and session belong to the broker and are left alone.
 */
final class ConsumerSettings {

  static final int SESSION_TIMEOUT_MS = 10_000;
  static final int HEARTBEAT_INTERVAL_MS = 2_000;

  private ConsumerSettings() {}

  static Map<String, Object> of(KafkaProperties kafka, IntakeProperties intake) {
    Map<String, Object> config = kafka.buildConsumerProperties();
    config.put(ConsumerConfig.GROUP_ID_CONFIG, intake.groupId());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // The producer publishes a request in one transaction with its lifecycle event: a request
    // whose transaction was aborted was never accepted and must not be validated.
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(500, intake.maxInFlight()));
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    boolean brokerManaged =
        "consumer"
            .equalsIgnoreCase(String.valueOf(config.get(ConsumerConfig.GROUP_PROTOCOL_CONFIG)));
    if (!brokerManaged) {
      config.putIfAbsent(
          ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
          CooperativeStickyAssignor.class.getName());
      config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
      config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, HEARTBEAT_INTERVAL_MS);
    }
    return config;
  }
}
