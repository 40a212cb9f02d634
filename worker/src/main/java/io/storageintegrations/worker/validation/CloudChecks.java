package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.worker.cloud.CloudCallException;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.cloud.OssGateway;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.cloud.TemporaryCredentials;
import io.storageintegrations.worker.config.ValidationProperties.ExternalIdCheckMode;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** The six cloud checks, each one call (with retries) that ends in a {@link CheckOutcome}. */
final class CloudChecks {

  private final CloudCalls calls;
  private final StsGateway sts;
  private final OssGateway oss;

  CloudChecks(CloudCalls calls, StsGateway sts, OssGateway oss) {
    this.calls = calls;
    this.sts = sts;
    this.oss = oss;
  }

  /** ROLE_ASSUMABLE; the credentials ride along when it passes. */
  CompletableFuture<Assumed> roleAssumable(Subject s) {
    long start = System.nanoTime();
    var request = s.request();
    return calls
        .run(
            CloudOperation.ASSUME_ROLE,
            s.deadline(),
            s.logContext(),
            () ->
                sts.assumeRole(
                    CloudOperation.ASSUME_ROLE,
                    request.roleArn(),
                    StsGateway.sessionName(request.integrationId()),
                    request.externalId(),
                    s.deadline()))
        .thenApply(
            call ->
                call.succeeded()
                    ? new Assumed(
                        CheckOutcome.pass(
                            Check.ROLE_ASSUMABLE,
                            "Assumed role " + s.roleArn() + " with its ExternalId.",
                            call.attempts(),
                            ms(start)),
                        call.value())
                    : new Assumed(
                        Diagnoses.failure(
                            Check.ROLE_ASSUMABLE, CloudOperation.ASSUME_ROLE, call, s, ms(start)),
                        null));
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
    long start = System.nanoTime();
    CloudOperation op = CloudOperation.ASSUME_ROLE_WITHOUT_EXTERNAL_ID;
    var request = s.request();
    return calls
        .run(
            op,
            s.deadline(),
            s.logContext(),
            () ->
                sts.assumeRole(
                    op,
                    request.roleArn(),
                    StsGateway.sessionName(request.integrationId()),
                    null,
                    s.deadline()))
        .thenApply(
            call -> {
              if (call.succeeded()) {
                CheckStatus status =
                    mode == ExternalIdCheckMode.WARN ? CheckStatus.WARN : CheckStatus.FAIL;
                return Diagnoses.customer(
                    Check.EXTERNAL_ID_ENFORCED,
                    status,
                    ErrorCode.EXTERNAL_ID_NOT_ENFORCED,
                    s.values(),
                    call.attempts(),
                    ms(start));
              }
              if (call.failure() instanceof CloudCallException e && isCustomer(e)) {
                return CheckOutcome.pass(
                    Check.EXTERNAL_ID_ENFORCED,
                    "STS denied AssumeRole of "
                        + s.roleArn()
                        + " without ExternalId ("
                        + e.code()
                        + ").",
                    call.attempts(),
                    ms(start));
              }
              return Diagnoses.failure(Check.EXTERNAL_ID_ENFORCED, op, call, s, ms(start));
            });
  }

  CompletableFuture<CheckOutcome> bucketInRegion(Subject s, TemporaryCredentials creds) {
    long start = System.nanoTime();
    CloudOperation op = CloudOperation.GET_BUCKET_LOCATION;
    return calls
        .run(
            op,
            s.deadline(),
            s.logContext(),
            () -> oss.getBucketLocation(s.region(), creds, s.bucket()))
        .thenApply(
            call -> {
              if (!call.succeeded()) {
                return Diagnoses.failure(Check.BUCKET_EXISTS_IN_REGION, op, call, s, ms(start));
              }
              String expected = Regions.ossRegionId(s.region());
              if (expected.equals(call.value())) {
                return CheckOutcome.pass(
                    Check.BUCKET_EXISTS_IN_REGION,
                    "Bucket " + s.bucket() + " exists in " + call.value() + ".",
                    call.attempts(),
                    ms(start));
              }
              Map<String, Object> values = s.values();
              values.put("actualRegion", String.valueOf(Regions.normalize(call.value())));
              return Diagnoses.customer(
                  Check.BUCKET_EXISTS_IN_REGION,
                  CheckStatus.FAIL,
                  ErrorCode.BUCKET_REGION_MISMATCH,
                  values,
                  call.attempts(),
                  ms(start));
            });
  }

  CompletableFuture<CheckOutcome> list(Subject s, TemporaryCredentials creds) {
    return simple(
        Check.LIST,
        CloudOperation.LIST_OBJECTS,
        s,
        () -> {
          oss.listObjects(s.region(), creds, s.bucket());
          return Boolean.TRUE;
        },
        v -> "Listed objects in bucket " + s.bucket() + " (max-keys 1).");
  }

  CompletableFuture<CheckOutcome> write(Subject s, TemporaryCredentials creds) {
    return simple(
        Check.WRITE,
        CloudOperation.PUT_OBJECT,
        s,
        () -> {
          oss.putObject(s.region(), creds, s.bucket(), s.probeKey(), s.probeContent());
          return Boolean.TRUE;
        },
        v -> "Wrote probe object " + s.probeKey() + " to bucket " + s.bucket() + ".");
  }

  /** READ of the probe just written; its content must be what was written. */
  CompletableFuture<CheckOutcome> readProbe(Subject s, TemporaryCredentials creds) {
    long start = System.nanoTime();
    CloudOperation op = CloudOperation.GET_OBJECT;
    return calls
        .run(
            op,
            s.deadline(),
            s.logContext(),
            () -> oss.getObject(s.region(), creds, s.bucket(), s.probeKey()))
        .thenApply(
            call -> {
              if (!call.succeeded()) {
                return Diagnoses.failure(Check.READ, op, call, s, ms(start));
              }
              if (Arrays.equals(call.value(), s.probeContent())) {
                return CheckOutcome.pass(
                    Check.READ,
                    "Read probe object " + s.probeKey() + " back from bucket " + s.bucket() + ".",
                    call.attempts(),
                    ms(start));
              }
              return Diagnoses.customer(
                  Check.READ,
                  CheckStatus.FAIL,
                  ErrorCode.READ_MISMATCH,
                  s.values(),
                  call.attempts(),
                  ms(start));
            });
  }

  /** READ without a probe: NoSuchKey on a key that does not exist proves oss:GetObject. */
  CompletableFuture<CheckOutcome> readAbsent(Subject s, TemporaryCredentials creds) {
    long start = System.nanoTime();
    CloudOperation op = CloudOperation.GET_OBJECT;
    return calls
        .run(
            op,
            s.deadline(),
            s.logContext(),
            () -> oss.getObject(s.region(), creds, s.bucket(), s.absentKey()))
        .thenApply(
            call -> {
              boolean noSuchKey =
                  call.failure() instanceof CloudCallException e && "NoSuchKey".equals(e.code());
              if (call.succeeded() || noSuchKey) {
                return CheckOutcome.pass(
                    Check.READ,
                    "Read access to bucket "
                        + s.bucket()
                        + " proven by GetObject of "
                        + s.absentKey()
                        + (noSuchKey ? " (NoSuchKey)." : "."),
                    call.attempts(),
                    ms(start));
              }
              return Diagnoses.failure(Check.READ, op, call, s, ms(start));
            });
  }

  private <T> CompletableFuture<CheckOutcome> simple(
      Check check,
      CloudOperation op,
      Subject s,
      Supplier<T> call,
      Function<T, String> passMessage) {
    long start = System.nanoTime();
    return calls
        .run(op, s.deadline(), s.logContext(), call)
        .thenApply(
            result ->
                result.succeeded()
                    ? CheckOutcome.pass(
                        check, passMessage.apply(result.value()), result.attempts(), ms(start))
                    : Diagnoses.failure(check, op, result, s, ms(start)));
  }

  private static boolean isCustomer(CloudCallException e) {
    return e.errorClass() == io.storageintegrations.model.check.ErrorClass.CUSTOMER;
  }

  static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** ROLE_ASSUMABLE's outcome and, when it passed, the temporary credentials. */
  record Assumed(CheckOutcome outcome, TemporaryCredentials credentials) {}
}
