package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageFormatException;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a request record: size, {@code ce_type} header, JSON payload, key = integration ID. Reading
 * is deterministic, so an unreadable record is poison at its first attempt.
 */
final class RequestReader {

  private final int maxBytes;

  RequestReader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  Read read(ConsumerRecord<String, byte[]> record) {
    byte[] value = record.value();
    if (value != null && value.length > maxBytes) {
      return new Poison(
          PoisonReason.OVERSIZE, value.length + " bytes exceed the limit of " + maxBytes);
    }
    Header typeHeader = record.headers().lastHeader(CloudEventHeaders.TYPE);
    if (typeHeader == null || typeHeader.value() == null) {
      return new Poison(PoisonReason.MISSING_TYPE, "no ce_type header");
    }
    String ceType = new String(typeHeader.value(), StandardCharsets.UTF_8);
    MessageType type;
    try {
      type = MessageType.fromCeType(ceType);
    } catch (MessageFormatException e) {
      return new Poison(PoisonReason.UNKNOWN_TYPE, e.getMessage());
    }
    if (!Topics.REQUESTS.equals(type.topic())) {
      return new Poison(PoisonReason.UNEXPECTED_TYPE, ceType + " does not belong on requests");
    }
    try {
      IntegrationRequest request = (IntegrationRequest) type.decode(value);
      if (record.key() == null) {
        // Unkeyed records land on any partition: nothing would keep an integration's order.
        return new Poison(
            PoisonReason.KEY_MISMATCH, "record has no key; it must be the integrationId");
      }
      if (!record.key().equals(request.integrationId())) {
        return new Poison(PoisonReason.KEY_MISMATCH, "record key is not the integrationId");
      }
      return new Readable(request);
    } catch (MessageFormatException e) {
      return new Poison(PoisonReason.BAD_PAYLOAD, e.getMessage());
    }
  }

  /** The result of reading a record. */
  sealed interface Read permits Readable, Poison {}

  record Readable(IntegrationRequest request) implements Read {}

  record Poison(PoisonReason reason, String detail) implements Read {}
}
