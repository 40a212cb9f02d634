package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.check.ErrorClass;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.worker.cloud.CloudCallException;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.cloud.TemporaryCredentials;
import io.storageintegrations.worker.config.ValidationProperties.ExternalIdCheckMode;
import io.storageintegrations.worker.observability.WorkerMetrics;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two STS checks: the role is assumable with its ExternalId, and not without it. A periodic
 * re-validation may carry a recent pass of the second forward instead ({@link ExternalIdRecheck}).
 * Every AssumeRole actually sent is counted by request kind and lane.
 */
final class RoleChecks {

  private final CheckCall call;
  private final StsGateway sts;
  private final ExternalIdRecheck recheck;
  private final WorkerMetrics metrics;

  RoleChecks(CheckCall call, StsGateway sts, ExternalIdRecheck recheck, WorkerMetrics metrics) {
    this.call = call;
    this.sts = sts;
    this.recheck = recheck;
    this.metrics = metrics;
  }

  /** ROLE_ASSUMABLE; the credentials ride along when it passes. */
  CompletableFuture<Assumed> roleAssumable(Subject s) {
    CloudOperation op = CloudOperation.ASSUME_ROLE;
    return call.run(
        op,
        s,
        () -> assumeRole(op, s, s.request().externalId()),
        (result, ms) ->
            result.succeeded()
                ? new Assumed(
                    CheckOutcome.pass(
                        Check.ROLE_ASSUMABLE,
                        "Assumed role " + s.roleArn() + " with its ExternalId.",
                        result.attempts(),
                        ms),
                    result.value())
                : new Assumed(Diagnoses.failure(Check.ROLE_ASSUMABLE, op, result, s, ms), null));
  }

  /** EXTERNAL_ID_ENFORCED: the negative AssumeRole must be denied. */
  CompletableFuture<CheckOutcome> externalIdEnforced(Subject s, ExternalIdCheckMode mode) {
    if (mode == ExternalIdCheckMode.OFF) {
      return CompletableFuture.completedFuture(
          CheckOutcome.skip(
              Check.EXTERNAL_ID_ENFORCED,
              "CHECK_DISABLED",
              "Not run: worker.validation.external-id-check is OFF."));
    }
    ExternalIdRecheck.Decision decision = recheck.decide(s.request(), s.lane());
    if (decision != ExternalIdRecheck.Decision.INTERACTIVE) {
      metrics.externalIdRecheck(decision.tag());
    }
    if (decision.skips()) {
      return CompletableFuture.completedFuture(verifiedRecently(s));
    }
    CloudOperation op = CloudOperation.ASSUME_ROLE_WITHOUT_EXTERNAL_ID;
    // The time of the attempt STS answered: what a later re-validation's period counts from.
    AtomicReference<Instant> attemptedAt = new AtomicReference<>();
    return call.run(
        op,
        s,
        () -> {
          attemptedAt.set(recheck.now());
          return assumeRole(op, s, null);
        },
        (result, ms) -> {
          if (result.succeeded()) {
            return Diagnoses.customer(
                Check.EXTERNAL_ID_ENFORCED,
                mode == ExternalIdCheckMode.WARN ? CheckStatus.WARN : CheckStatus.FAIL,
                ErrorCode.EXTERNAL_ID_NOT_ENFORCED,
                s.values(),
                result.attempts(),
                ms);
          }
          if (result.failure() instanceof CloudCallException e
              && e.errorClass() == ErrorClass.CUSTOMER) {
            return CheckOutcome.pass(
                Check.EXTERNAL_ID_ENFORCED,
                "STS denied AssumeRole of "
                    + s.roleArn()
                    + " without ExternalId ("
                    + e.code()
                    + ").",
                result.attempts(),
                ms,
                attemptedAt.get());
          }
          return Diagnoses.failure(Check.EXTERNAL_ID_ENFORCED, op, result, s, ms);
        });
  }

  /** The last real pass, carried forward unchanged: the next test is due a period after it. */
  private CheckOutcome verifiedRecently(Subject s) {
    Instant verifiedAt = s.request().externalIdVerifiedAt();
    return CheckOutcome.verifiedRecently(
        Check.EXTERNAL_ID_ENFORCED,
        "Not re-tested in this periodic re-validation: STS denied AssumeRole of "
            + s.roleArn()
            + " without ExternalId at "
            + verifiedAt
            + ", less than the recheck period ("
            + recheck.period()
            + ") ago; the first periodic re-validation after "
            + verifiedAt.plus(recheck.period())
            + " tests it again. Re-validating on request always tests it.",
        verifiedAt);
  }

  private TemporaryCredentials assumeRole(CloudOperation op, Subject s, String externalId) {
    metrics.assumeRole(
        s.request().kind() == null ? "UNKNOWN" : s.request().kind().name(),
        s.lane().name(),
        externalId == null ? "without_external_id" : "with_external_id");
    var request = s.request();
    return sts.assumeRole(
        op,
        request.roleArn(),
        StsGateway.sessionName(request.integrationId()),
        externalId,
        s.deadline());
  }

  /** ROLE_ASSUMABLE's outcome and, when it passed, the temporary credentials. */
  record Assumed(CheckOutcome outcome, TemporaryCredentials credentials) {}
}
