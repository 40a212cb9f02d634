package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the view needs of a record without decoding it: to list a project's page in creation order,
 * count by state, find re-validations due, and order two writers' records ({@code sourceOffset}:
 * the offset on the events topic of the event the record was made from, -1 when unknown). Times are
 * microseconds since the epoch; {@code lastValidatedAt} is {@link Long#MIN_VALUE} when the
 * integration was never validated.
 */
record IndexFields(
    String integrationId,
    String projectId,
    String externalId,
    IntegrationState state,
    long createdAt,
    long lastValidatedAt,
    boolean inFlight,
    long revision,
    long sourceOffset) {

  static final long NEVER = Long.MIN_VALUE;

  static IndexFields of(IntegrationRecord record, long sourceOffset) {
    return new IndexFields(
        record.integrationId(),
        record.projectId(),
        record.externalId(),
        record.state(),
        micros(record.createdAt()),
        record.lastValidatedAt() == null ? NEVER : micros(record.lastValidatedAt()),
        inFlight(record),
        record.revision(),
        sourceOffset);
  }

  /** A re-validation (or the first validation) is running: the newest history entry is PENDING. */
  static boolean inFlight(IntegrationRecord record) {
    return !record.history().isEmpty()
        && record.history().get(record.history().size() - 1).state() == IntegrationState.PENDING;
  }

  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  /**
   * Whether this record replaces {@code current} for the same integration: a later source event
   * wins; records without a source offset (written before it existed) compare by revision.
   */
  boolean supersedes(IndexFields current) {
    if (sourceOffset >= 0 || current.sourceOffset() >= 0) {
      return sourceOffset > current.sourceOffset();
    }
    return revision >= current.revision();
  }
}
