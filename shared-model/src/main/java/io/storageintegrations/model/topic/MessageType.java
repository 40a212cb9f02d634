package io.storageintegrations.model.topic;

import io.storageintegrations.model.message.CredentialsVended;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.MessageFormatException;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationRequested;
import java.util.Arrays;

/**
 * Every message type: its versioned CloudEvents {@code ce_type}, the topic it travels on, its
 * record and its JSON Schema. A breaking change is a new {@code ce_type} version, never an edit.
 */
public enum MessageType {
  VALIDATION_REQUESTED(
      "io.storageintegrations.integration.validation.requested.v1",
      Topics.REQUESTS,
      ValidationRequested.class),
  DELETION_REQUESTED(
      "io.storageintegrations.integration.deletion.requested.v1",
      Topics.REQUESTS,
      DeletionRequested.class),
  INTEGRATION_ACCEPTED(
      "io.storageintegrations.integration.accepted.v1", Topics.EVENTS, IntegrationAccepted.class),
  INTEGRATION_VALIDATED(
      "io.storageintegrations.integration.validated.v1", Topics.EVENTS, IntegrationValidated.class),
  VALIDATION_FAILED(
      "io.storageintegrations.integration.validation.failed.v1",
      Topics.EVENTS,
      ValidationFailed.class),
  VALIDATION_ERRORED(
      "io.storageintegrations.integration.validation.errored.v1",
      Topics.EVENTS,
      ValidationErrored.class),
  INTEGRATION_DELETED(
      "io.storageintegrations.integration.deleted.v1", Topics.EVENTS, IntegrationDeleted.class),
  INTEGRATION_RECORD(
      "io.storageintegrations.integration.record.v1", Topics.REGISTRY, IntegrationRecord.class),
  CREDENTIALS_VENDED(
      "io.storageintegrations.integration.credentials.vended.v1",
      Topics.AUDIT,
      CredentialsVended.class);

  private final String ceType;
  private final String topic;
  private final Class<?> recordClass;

  MessageType(String ceType, String topic, Class<?> recordClass) {
    this.ceType = ceType;
    this.topic = topic;
    this.recordClass = recordClass;
  }

  public String ceType() {
    return ceType;
  }

  public String topic() {
    return topic;
  }

  public Class<?> recordClass() {
    return recordClass;
  }

  /**
   * Classpath resource of this type's JSON Schema, e.g. {@code
   * schemas/integration.validated.v1.schema.json}.
   */
  public String schemaResource() {
    return "schemas/" + ceType.substring("io.storageintegrations.".length()) + ".schema.json";
  }

  /** Deterministic eventId for the event of this type produced by {@code requestId}. */
  public String eventId(String requestId) {
    return MessageCodec.eventId(requestId, name());
  }

  /** Reads a payload of this type; see {@link MessageCodec#fromJson(byte[], Class)}. */
  public Object decode(byte[] json) {
    return MessageCodec.fromJson(json, recordClass);
  }

  public static MessageType of(Class<?> recordClass) {
    return Arrays.stream(values())
        .filter(type -> type.recordClass.equals(recordClass))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("not a message record: " + recordClass.getName()));
  }

  /** The type named by a {@code ce_type} header; an unknown or missing value is a format error. */
  public static MessageType fromCeType(String ceType) {
    return Arrays.stream(values())
        .filter(type -> type.ceType.equals(ceType))
        .findFirst()
        .orElseThrow(() -> new MessageFormatException("unknown ce_type '" + ceType + "'"));
  }

  /** Reads a payload by its {@code ce_type} header. */
  public static Object decode(String ceType, byte[] json) {
    return fromCeType(ceType).decode(json);
  }
}
