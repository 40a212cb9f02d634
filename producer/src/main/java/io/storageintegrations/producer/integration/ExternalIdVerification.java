package io.storageintegrations.producer.integration;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import java.time.Instant;

/**
 * When the negative AssumeRole (without ExternalId) of an integration last really passed, read from
 * the registry's last verdict, for the periodic re-validation to pass on to the worker. The worker
 * decides whether that is recent enough; the producer only reports what the record says.
 */
final class ExternalIdVerification {

  private ExternalIdVerification() {}

  /** The time of the last real pass, or null (never passed, or a record of an earlier version). */
  static Instant lastVerified(IntegrationRecord record) {
    for (CheckResult check : record.lastChecks()) {
      if (check.check() == Check.EXTERNAL_ID_ENFORCED) {
        return check.status() == CheckStatus.PASS ? check.verifiedAt() : null;
      }
    }
    return null;
  }
}
