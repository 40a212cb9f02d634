package io.storageintegrations.testsupport.kafka;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The test JVM's one Kafka broker: {@code KAFKA_BOOTSTRAP_SERVERS} when set, else Testcontainers
 * Kafka when a Docker engine answers, else an in-JVM KRaft broker. Started on first use, stopped
 * when the JVM exits.
 */
public final class KafkaBroker {

  /** System property Spring Boot reads for its Kafka clients; set once the broker is up. */
  public static final String SPRING_BOOTSTRAP_PROPERTY = "spring.kafka.bootstrap-servers";

  private KafkaBroker() {}

  /** Bootstrap servers of the shared broker, starting it on first call. */
  public static String bootstrapServers() {
    return SharedBroker.get().bootstrapServers();
  }

  /** Where the shared broker came from, starting it on first call. */
  public static BrokerSource source() {
    return SharedBroker.get().source();
  }

  /** Creates the topics on the shared broker; topics that already exist are left as they are. */
  public static void createTopics(int partitions, String... topics) {
    KafkaTopics.create(bootstrapServers(), partitions, topics);
  }

  /** Reads the first {@code count} records of {@code topic} on the shared broker. */
  public static List<ConsumerRecord<String, byte[]>> readFromBeginning(
      String topic, int count, Duration timeout) {
    return KafkaRecords.readFromBeginning(bootstrapServers(), topic, count, timeout);
  }
}
