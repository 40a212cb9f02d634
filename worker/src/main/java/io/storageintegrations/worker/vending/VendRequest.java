package io.storageintegrations.worker.vending;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.model.rules.ObjectPrefixes;
import io.storageintegrations.model.rules.Regions;
import java.util.ArrayList;
import java.util.List;

/**
 * What the producer forwards: the integration's role, ExternalId, bucket and region (from its
 * registry, after it checked the caller, the state and the access mode), what is asked, and who
 * asked (the API key's name, for logs and audit).
 */
record VendRequest(
    String requestId,
    String caller,
    String integrationId,
    String projectId,
    String roleArn,
    String externalId,
    String bucket,
    String region,
    AccessMode access,
    String prefix,
    long durationSeconds) {

  static final long MIN_DURATION = 900;
  static final long MAX_DURATION = 3600;

  /** Everything wrong with the request, each naming the field. */
  List<FieldViolation> violations() {
    List<FieldViolation> violations = new ArrayList<>();
    require(violations, "requestId", requestId);
    require(violations, "caller", caller);
    require(violations, "integrationId", integrationId);
    require(violations, "projectId", projectId);
    require(violations, "roleArn", roleArn);
    require(violations, "externalId", externalId);
    require(violations, "bucket", bucket);
    if (region == null || !Regions.ALLOWED.contains(Regions.normalize(region))) {
      violations.add(new FieldViolation("region", "region '" + region + "' is not allowed"));
    }
    if (access == null) {
      violations.add(new FieldViolation("access", "access is required"));
    }
    ObjectPrefixes.problem(prefix).ifPresent(violations::add);
    if (durationSeconds < MIN_DURATION || durationSeconds > MAX_DURATION) {
      violations.add(
          new FieldViolation(
              "durationSeconds",
              "durationSeconds must be between 900 and 3600 (is " + durationSeconds + ")"));
    }
    return violations;
  }

  private static void require(List<FieldViolation> violations, String field, String value) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, field + " is required"));
    }
  }

  /** The cache's duration bucket: rounded down to 15 minutes, never longer than asked. */
  long durationBucket() {
    return Math.max(MIN_DURATION, durationSeconds / MIN_DURATION * MIN_DURATION);
  }

  ScopeKey scope() {
    return new ScopeKey(
        integrationId, roleArn, externalId, bucket, access, prefix, durationBucket());
  }
}
