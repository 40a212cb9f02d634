package io.storageintegrations.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloudErrorClassifierTests {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        // transient: no answer, 5xx, 429, throttling, busy services
        "null, 0, TRANSIENT",
        "null, -1, TRANSIENT",
        "InternalError, 500, TRANSIENT",
        "ServiceUnavailable, 503, TRANSIENT",
        "null, 502, TRANSIENT",
        "QpsLimitExceeded, 429, TRANSIENT",
        "Throttling.User, 400, TRANSIENT",
        "Throttling, 400, TRANSIENT",
        "RequestTimeout, 400, TRANSIENT",
        "SDK.ServerUnreachable, 0, TRANSIENT",
        // platform: the platform's own key, signature or clock
        "InvalidAccessKeyId.NotFound, 404, PLATFORM",
        "InvalidAccessKeyId.Inactive, 400, PLATFORM",
        "SignatureDoesNotMatch, 400, PLATFORM",
        "SignatureDoesNotMatch, 403, PLATFORM",
        "SDK.InvalidAccessKeySecret, 0, PLATFORM",
        "RequestTimeTooSkewed, 403, PLATFORM",
        "InvalidAccessKeyId, 403, PLATFORM",
        "SecurityTokenExpired, 403, PLATFORM",
        // customer: results, not faults
        "NoPermission, 403, CUSTOMER",
        "AccessDenied, 403, CUSTOMER",
        "EntityNotExist.Role, 404, CUSTOMER",
        "NoSuchBucket, 404, CUSTOMER",
        "InvalidParameter.RoleArn, 400, CUSTOMER",
        "InvalidBucketName, 400, CUSTOMER",
        "NoSuchKey, 404, CUSTOMER",
        "null, 403, CUSTOMER",
      })
  void classifies(String code, int status, ErrorClass expected) {
    assertThat(CloudErrorClassifier.classify(code, status)).isEqualTo(expected);
  }
}
