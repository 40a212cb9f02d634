package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Headers on every registry record that carry its {@link IndexFields}, so a replay indexes the
 * record without decoding its JSON (records without them are decoded instead), and the source
 * event's offset that orders two writers' records of one integration.
 */
final class RegistryHeaders {

  static final String PROJECT = "x-registry-project";
  static final String EXTERNAL_ID = "x-registry-external-id";
  static final String STATE = "x-registry-state";
  static final String CREATED_AT = "x-registry-created-at";
  static final String VALIDATED_AT = "x-registry-validated-at";
  static final String IN_FLIGHT = "x-registry-in-flight";
  static final String REVISION = "x-registry-revision";

  /**
   * Offset on the events topic of the event this record (or tombstone) was made from; events and
   * registry topics are co-partitioned, so it is in the partition of the same number.
   */
  static final String SOURCE_OFFSET = "x-registry-source-offset";

  private RegistryHeaders() {}

  static Map<String, String> of(IndexFields index) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(PROJECT, index.projectId());
    headers.put(EXTERNAL_ID, index.externalId());
    headers.put(STATE, index.state().name());
    headers.put(CREATED_AT, instant(index.createdAt()));
    if (index.lastValidatedAt() != IndexFields.NEVER) {
      headers.put(VALIDATED_AT, instant(index.lastValidatedAt()));
    }
    headers.put(IN_FLIGHT, Boolean.toString(index.inFlight()));
    headers.put(REVISION, Long.toString(index.revision()));
    headers.put(SOURCE_OFFSET, Long.toString(index.sourceOffset()));
    return headers;
  }

  /** The index fields, if the record carries them all (empty for records of older versions). */
  static Optional<IndexFields> read(String integrationId, Headers headers) {
    String project = text(headers, PROJECT);
    String externalId = text(headers, EXTERNAL_ID);
    String state = text(headers, STATE);
    String createdAt = text(headers, CREATED_AT);
    String inFlight = text(headers, IN_FLIGHT);
    String revision = text(headers, REVISION);
    String sourceOffset = text(headers, SOURCE_OFFSET);
    if (project == null
        || externalId == null
        || state == null
        || createdAt == null
        || inFlight == null
        || revision == null
        || sourceOffset == null) {
      return Optional.empty();
    }
    String validatedAt = text(headers, VALIDATED_AT);
    return Optional.of(
        new IndexFields(
            integrationId,
            project.intern(), // a few hundred projects shared by a million entries
            externalId,
            IntegrationState.valueOf(state),
            IndexFields.micros(Instant.parse(createdAt)),
            validatedAt == null
                ? IndexFields.NEVER
                : IndexFields.micros(Instant.parse(validatedAt)),
            Boolean.parseBoolean(inFlight),
            Long.parseLong(revision),
            Long.parseLong(sourceOffset)));
  }

  /** The source offset of a tombstone or record, -1 when it has none. */
  static long sourceOffset(Headers headers) {
    String offset = text(headers, SOURCE_OFFSET);
    return offset == null ? -1 : Long.parseLong(offset);
  }

  static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String instant(long micros) {
    return Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS).toString();
  }
}
