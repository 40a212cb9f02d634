package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One line of a list: ID, name, state, message, bucket, region, access and last vend. */
record IntegrationSummary(
    String integrationId,
    String projectId,
    String name,
    IntegrationState state,
    String message,
    String bucket,
    String region,
    AccessMode access,
    Instant updatedAt,
    @Schema(
            nullable = true,
            description =
                "When credentials were last vended for the integration; null when not within the"
                    + " look-back (see the describe answer)")
        Instant lastVendedAt) {

  static IntegrationSummary of(IntegrationRecord r, Instant lastVendedAt) {
    return new IntegrationSummary(
        r.integrationId(),
        r.projectId(),
        r.name(),
        r.state(),
        IntegrationView.message(r),
        r.bucket(),
        r.bucketRegion(),
        r.access(),
        r.updatedAt(),
        lastVendedAt);
  }

  /** A page of summaries; {@code page} counts from 0. */
  record Page(List<IntegrationSummary> items, int page, int size, long total) {}
}
