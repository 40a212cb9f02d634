package io.storageintegrations.client;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Where and as whom to publish. {@code source} becomes every message's {@code ce_source}, e.g.
 * {@code /console-backend}; {@code overrides} are extra Kafka producer settings (security etc.),
 * which may not weaken durability: idempotence and acks=all are always applied last.
 */
public record PublisherSettings(
    String bootstrapServers, String source, Map<String, String> overrides) {

  public PublisherSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(source, "source");
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }

  public PublisherSettings(String bootstrapServers, String source) {
    this(bootstrapServers, source, Map.of());
  }

  /** The Kafka producer configuration: idempotent, acks=all, bounded delivery time. */
  public Properties producerProperties() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    properties.putAll(overrides);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return properties;
  }
}
