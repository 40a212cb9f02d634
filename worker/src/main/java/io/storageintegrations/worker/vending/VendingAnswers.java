package io.storageintegrations.worker.vending;

import io.storageintegrations.model.check.ErrorClass;
import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.worker.cloud.ScopedCredentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The internal endpoint's answers: 200 with the credentials, 400 with field errors, 401, 422 for
 * the customer's role (with the diagnosis), 502 for the platform's own key, 503 when the cloud was
 * unavailable or slow. The body of a refusal never carries an SDK message.
 */
final class VendingAnswers {

  record Answer(int status, Map<String, Object> body, String result) {}

  private VendingAnswers() {}

  static Answer issued(
      VendRequest request, ScopedCredentials issued, String endpoint, boolean hit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accessKeyId", issued.credentials().accessKeyId());
    body.put("accessKeySecret", issued.credentials().accessKeySecret());
    body.put("securityToken", issued.credentials().securityToken());
    body.put("expiration", issued.expiration().toString());
    body.put("bucket", request.bucket());
    body.put("region", request.region());
    body.put("endpoint", endpoint);
    body.put("prefix", request.prefix());
    body.put("access", request.access().name());
    body.put("durationSeconds", request.durationBucket());
    body.put("servedFromCache", hit);
    return new Answer(200, body, "issued");
  }

  static Answer refused(Refusal refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errorClass", refusal.errorClass().name());
    body.put("code", refusal.code());
    body.put("check", refusal.check());
    body.put("cloudCode", refusal.cloudCode());
    body.put("message", refusal.message());
    body.put("remediation", refusal.remediation());
    body.put("revalidate", refusal.revalidate());
    int status =
        switch (refusal.errorClass()) {
          case CUSTOMER -> 422;
          case PLATFORM -> 502;
          case TRANSIENT -> 503;
        };
    return new Answer(status, body, result(refusal.errorClass()));
  }

  static Answer invalid(List<FieldViolation> violations) {
    return new Answer(
        400,
        Map.of(
            "message",
            "invalid vend request",
            "errors",
            violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList()),
        "invalid");
  }

  static Answer simple(int status, String message, String result) {
    return new Answer(status, Map.of("message", message), result);
  }

  private static String result(ErrorClass errorClass) {
    return errorClass.name().toLowerCase(java.util.Locale.ROOT);
  }
}
