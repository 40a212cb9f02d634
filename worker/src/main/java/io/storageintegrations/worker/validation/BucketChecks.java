package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.worker.cloud.CallResult;
import io.storageintegrations.worker.cloud.CloudCallException;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.cloud.OssGateway;
import io.storageintegrations.worker.cloud.TemporaryCredentials;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The OSS checks, each made with the role's temporary credentials. */
final class BucketChecks {

  private final CheckCall call;
  private final OssGateway oss;

  BucketChecks(CheckCall call, OssGateway oss) {
    this.call = call;
    this.oss = oss;
  }

  CompletableFuture<CheckOutcome> bucketInRegion(Subject s, TemporaryCredentials creds) {
    Check check = Check.BUCKET_EXISTS_IN_REGION;
    CloudOperation op = CloudOperation.GET_BUCKET_LOCATION;
    return call.run(
        op,
        s,
        () -> oss.getBucketLocation(s.region(), creds, s.bucket()),
        (result, ms) -> {
          if (!result.succeeded()) {
            return Diagnoses.failure(check, op, result, s, ms);
          }
          if (Regions.ossRegionId(s.region()).equals(result.value())) {
            return pass(
                check, "Bucket " + s.bucket() + " exists in " + result.value() + ".", result, ms);
          }
          Map<String, Object> values = s.values();
          values.put("actualRegion", String.valueOf(Regions.normalize(result.value())));
          return Diagnoses.customer(
              check,
              CheckStatus.FAIL,
              ErrorCode.BUCKET_REGION_MISMATCH,
              values,
              result.attempts(),
              ms);
        });
  }

  CompletableFuture<CheckOutcome> list(Subject s, TemporaryCredentials creds) {
    return passOrFail(
        Check.LIST,
        CloudOperation.LIST_OBJECTS,
        s,
        () -> oss.listObjects(s.region(), creds, s.bucket()),
        "Listed objects in bucket " + s.bucket() + " (max-keys 1).");
  }

  CompletableFuture<CheckOutcome> write(Subject s, TemporaryCredentials creds) {
    return passOrFail(
        Check.WRITE,
        CloudOperation.PUT_OBJECT,
        s,
        () -> oss.putObject(s.region(), creds, s.bucket(), s.probeKey(), s.probeContent()),
        "Wrote probe object " + s.probeKey() + " to bucket " + s.bucket() + ".");
  }

  /** READ of the probe just written; its content must be what was written. */
  CompletableFuture<CheckOutcome> readProbe(Subject s, TemporaryCredentials creds) {
    CloudOperation op = CloudOperation.GET_OBJECT;
    return call.run(
        op,
        s,
        () -> oss.getObject(s.region(), creds, s.bucket(), s.probeKey()),
        (result, ms) -> {
          if (!result.succeeded()) {
            return Diagnoses.failure(Check.READ, op, result, s, ms);
          }
          if (Arrays.equals(result.value(), s.probeContent())) {
            String message =
                "Read probe object " + s.probeKey() + " back from bucket " + s.bucket() + ".";
            return pass(Check.READ, message, result, ms);
          }
          return Diagnoses.customer(
              Check.READ,
              CheckStatus.FAIL,
              ErrorCode.READ_MISMATCH,
              s.values(),
              result.attempts(),
              ms);
        });
  }

  /** READ without a probe: NoSuchKey on a key that does not exist proves oss:GetObject. */
  CompletableFuture<CheckOutcome> readAbsent(Subject s, TemporaryCredentials creds) {
    CloudOperation op = CloudOperation.GET_OBJECT;
    return call.run(
        op,
        s,
        () -> oss.getObject(s.region(), creds, s.bucket(), s.absentKey()),
        (result, ms) -> {
          boolean noSuchKey =
              result.failure() instanceof CloudCallException e && "NoSuchKey".equals(e.code());
          if (!result.succeeded() && !noSuchKey) {
            return Diagnoses.failure(Check.READ, op, result, s, ms);
          }
          String message =
              "Read access to bucket "
                  + s.bucket()
                  + " proven by GetObject of "
                  + s.absentKey()
                  + (noSuchKey ? " (NoSuchKey)." : ".");
          return pass(Check.READ, message, result, ms);
        });
  }

  /** A check that passes when its call succeeds, whatever the call returns. */
  private CompletableFuture<CheckOutcome> passOrFail(
      Check check, CloudOperation op, Subject s, Runnable action, String passMessage) {
    return call.run(
        op,
        s,
        () -> {
          action.run();
          return Boolean.TRUE;
        },
        (result, ms) ->
            result.succeeded()
                ? pass(check, passMessage, result, ms)
                : Diagnoses.failure(check, op, result, s, ms));
  }

  private static CheckOutcome pass(Check check, String message, CallResult<?> result, long ms) {
    return CheckOutcome.pass(check, message, result.attempts(), ms);
  }
}
