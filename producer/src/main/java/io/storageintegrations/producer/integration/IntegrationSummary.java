package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import java.time.Instant;
import java.util.List;

/** One line of a list: ID, name, state, message, bucket, region. */
record IntegrationSummary(
    String integrationId,
    String projectId,
    String name,
    IntegrationState state,
    String message,
    String bucket,
    String region,
    AccessMode access,
    Instant updatedAt) {

  static IntegrationSummary of(IntegrationRecord r) {
    return new IntegrationSummary(
        r.integrationId(),
        r.projectId(),
        r.name(),
        r.state(),
        IntegrationView.message(r),
        r.bucket(),
        r.bucketRegion(),
        r.access(),
        r.updatedAt());
  }

  /** A page of summaries; {@code page} counts from 0. */
  record Page(List<IntegrationSummary> items, int page, int size, long total) {}
}
