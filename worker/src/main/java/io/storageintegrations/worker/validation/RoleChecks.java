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
import java.util.concurrent.CompletableFuture;

/** The two STS checks: the role is assumable with its ExternalId, and not without it. */
final class RoleChecks {

  private final CheckCall call;
  private final StsGateway sts;

  RoleChecks(CheckCall call, StsGateway sts) {
    this.call = call;
    this.sts = sts;
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
    CloudOperation op = CloudOperation.ASSUME_ROLE_WITHOUT_EXTERNAL_ID;
    return call.run(
        op,
        s,
        () -> assumeRole(op, s, null),
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
                ms);
          }
          return Diagnoses.failure(Check.EXTERNAL_ID_ENFORCED, op, result, s, ms);
        });
  }

  private TemporaryCredentials assumeRole(CloudOperation op, Subject s, String externalId) {
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
