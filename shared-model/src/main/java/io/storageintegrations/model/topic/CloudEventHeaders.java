package io.storageintegrations.model.topic;

import io.storageintegrations.model.message.CredentialsVended;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.MessageFormatException;
import io.storageintegrations.model.message.ValidationRequested;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * CloudEvents 1.0 Kafka binding, binary mode: the record value is the plain JSON payload and these
 * attributes travel as headers. {@code subject} is always the integration ID (also the record key).
 */
public record CloudEventHeaders(
    String id, MessageType type, String source, String subject, Instant time) {

  public static final String ID = "ce_id";
  public static final String TYPE = "ce_type";
  public static final String SOURCE = "ce_source";
  public static final String SUBJECT = "ce_subject";
  public static final String TIME = "ce_time";
  public static final String SPEC_VERSION = "ce_specversion";
  public static final String CONTENT_TYPE = "content-type";
  public static final String SPEC_VERSION_1_0 = "1.0";
  public static final String APPLICATION_JSON = "application/json";

  public CloudEventHeaders {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(time, "time");
  }

  /**
   * The headers for a message record: ce_id is the event's eventId, the request's requestId, or for
   * a registry record a deterministic ID of (integrationId, revision, updatedAt).
   *
   * @param source a URI-reference naming the publisher, e.g. {@code /storage-integrations/worker}
   */
  public static CloudEventHeaders forMessage(Object message, String source) {
    MessageType type = MessageType.of(message.getClass());
    if (message instanceof IntegrationEvent event) {
      return new CloudEventHeaders(
          event.eventId(), type, source, event.integrationId(), event.occurredAt());
    }
    if (message instanceof IntegrationRequest request) {
      return new CloudEventHeaders(
          request.requestId(), type, source, request.integrationId(), requestedAt(request));
    }
    if (message instanceof CredentialsVended vended) {
      return new CloudEventHeaders(
          vended.eventId(), type, source, vended.integrationId(), vended.occurredAt());
    }
    IntegrationRecord record = (IntegrationRecord) message;
    String id =
        MessageCodec.eventId(
            record.integrationId() + ":" + record.revision() + ":" + record.updatedAt(),
            type.name());
    return new CloudEventHeaders(id, type, source, record.integrationId(), record.updatedAt());
  }

  private static Instant requestedAt(IntegrationRequest request) {
    if (request instanceof ValidationRequested validation) {
      return validation.requestedAt();
    }
    return ((DeletionRequested) request).requestedAt();
  }

  /** All headers, in a stable order, including ce_specversion and content-type. */
  public Map<String, String> toMap() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
    headers.put(ID, id);
    headers.put(TYPE, type.ceType());
    headers.put(SOURCE, source);
    headers.put(SUBJECT, subject);
    headers.put(TIME, time.toString());
    headers.put(CONTENT_TYPE, APPLICATION_JSON);
    return headers;
  }

  /** The same headers as UTF-8 bytes, ready for Kafka's {@code Headers.add(name, value)}. */
  public Map<String, byte[]> toByteMap() {
    Map<String, byte[]> headers = new LinkedHashMap<>();
    toMap().forEach((name, value) -> headers.put(name, value.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  public static CloudEventHeaders fromMap(Map<String, String> headers) {
    return read(headers::get);
  }

  public static CloudEventHeaders fromByteMap(Map<String, byte[]> headers) {
    return read(
        name ->
            headers.get(name) == null
                ? null
                : new String(headers.get(name), StandardCharsets.UTF_8));
  }

  /**
   * Reads the headers through {@code lookup} (header name to its UTF-8 value or null), e.g. over
   * Kafka's {@code Headers.lastHeader}. Missing or malformed headers throw {@link
   * MessageFormatException}.
   */
  public static CloudEventHeaders read(Function<String, String> lookup) {
    String specVersion = lookup.apply(SPEC_VERSION);
    if (specVersion != null && !SPEC_VERSION_1_0.equals(specVersion)) {
      throw new MessageFormatException("unsupported ce_specversion '" + specVersion + "'");
    }
    String contentType = lookup.apply(CONTENT_TYPE);
    if (contentType != null && !contentType.startsWith(APPLICATION_JSON)) {
      throw new MessageFormatException("unsupported content-type '" + contentType + "'");
    }
    MessageType type = MessageType.fromCeType(required(lookup, TYPE));
    return new CloudEventHeaders(
        required(lookup, ID),
        type,
        required(lookup, SOURCE),
        required(lookup, SUBJECT),
        time(required(lookup, TIME)));
  }

  private static String required(Function<String, String> lookup, String name) {
    String value = lookup.apply(name);
    if (value == null || value.isBlank()) {
      throw new MessageFormatException("missing header " + name);
    }
    return value;
  }

  private static Instant time(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new MessageFormatException(
          "header ce_time '" + value + "' is not an RFC 3339 timestamp");
    }
  }
}
