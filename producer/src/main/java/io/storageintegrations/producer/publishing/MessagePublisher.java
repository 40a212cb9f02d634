package io.storageintegrations.producer.publishing;

import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.LifecycleMark;
import io.storageintegrations.model.topic.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends messages keyed by integration ID with CloudEvents headers and blocks until the broker has
 * acknowledged them (idempotent producer, acks=all), so a caller is never answered too early.
 */
@Component
public class MessagePublisher {

  /** The {@code ce_source} of everything the producer publishes. */
  public static final String SOURCE = "/storage-integrations/producer";

  private static final byte[] LIFECYCLE_PUBLISHED =
      LifecycleMark.PRODUCER.getBytes(StandardCharsets.UTF_8);

  private final KafkaTemplate<String, byte[]> template;
  private final PublishingProperties properties;

  MessagePublisher(KafkaTemplate<String, byte[]> template, PublishingProperties properties) {
    this.template = template;
    this.properties = properties;
  }

  /** Publishes a shared message (request, event or registry record) on its catalogued topic. */
  public RecordMetadata publish(Object message, Map<String, String> extraHeaders) {
    return publishTo(null, message, extraHeaders);
  }

  /**
   * Publishes a shared message on {@code topic} instead of its catalogued one (a request on the
   * background lane), or on its catalogued topic when {@code topic} is null.
   */
  public RecordMetadata publishTo(String topic, Object message, Map<String, String> extraHeaders) {
    return send(recordOf(topic, message, extraHeaders));
  }

  /** The record for a shared message: keyed by its subject, with CloudEvents headers. */
  static ProducerRecord<String, byte[]> recordOf(
      String topic, Object message, Map<String, String> extraHeaders) {
    CloudEventHeaders headers = CloudEventHeaders.forMessage(message, SOURCE);
    MessageType type = headers.type();
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            topic == null ? type.topic() : topic, headers.subject(), MessageCodec.toJson(message));
    headers.toByteMap().forEach(record.headers()::add);
    if (message instanceof IntegrationRequest) {
      // The producer publishes a request's lifecycle event itself: the worker must not again.
      record.headers().add(LifecycleMark.HEADER, LIFECYCLE_PUBLISHED);
    }
    extraHeaders.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    return record;
  }

  public RecordMetadata publish(Object message) {
    return publish(message, Map.of());
  }

  /** Publishes a raw record (tombstones, the producer's own ledger). */
  public RecordMetadata send(ProducerRecord<String, byte[]> record) {
    try {
      return template
          .send(record)
          .get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .getRecordMetadata();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException("interrupted while publishing to " + record.topic(), e);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      // KafkaException: send() itself fails when no metadata arrives within max.block.ms
      throw new PublishFailedException(
          "the broker did not acknowledge a message on " + record.topic(), e);
    }
  }
}
