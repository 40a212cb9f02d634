package io.storageintegrations.producer.vending;

import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.model.rules.ObjectPrefixes;
import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.security.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** What must hold before a vend is forwarded: who asks, what they ask, and the integration. */
final class VendingChecks {

  static final int DEFAULT_DURATION = 900;

  private VendingChecks() {}

  static void caller(Caller caller) {
    if (!caller.job()) {
      throw ApiException.forbidden(
          "API key '"
              + caller.name()
              + "' is not a job key: credentials are vended to job keys only (kind: job in"
              + " storage-integrations.security.api-keys), never to console or operator keys");
    }
  }

  static void body(CredentialsRequestBody body) {
    List<FieldViolation> errors = new ArrayList<>();
    if (body == null || body.access() == null) {
      errors.add(new FieldViolation("access", "access is required: READ_ONLY or READ_WRITE"));
    }
    ObjectPrefixes.problem(body == null ? null : body.prefix()).ifPresent(errors::add);
    Integer duration = body == null ? null : body.durationSeconds();
    if (duration != null && (duration < 900 || duration > 3600)) {
      errors.add(
          new FieldViolation(
              "durationSeconds",
              "durationSeconds must be between 900 and 3600 (is " + duration + ")"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalidFields(errors);
    }
  }

  /** Only ACTIVE integrations vend; the problem names the state and, if INVALID, the check. */
  static void active(IntegrationRecord record) {
    if (record.state() == IntegrationState.ACTIVE) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("integrationId", record.integrationId());
    properties.put("state", record.state().name());
    String detail =
        "integration "
            + record.integrationId()
            + " is "
            + record.state()
            + ": credentials are vended for ACTIVE integrations only";
    CheckResult failing =
        record.lastChecks().stream()
            .filter(c -> c.status() == CheckStatus.FAIL)
            .findFirst()
            .orElse(null);
    if (record.state() == IntegrationState.INVALID && failing != null) {
      properties.put("failingCheck", failing.check().name());
      properties.put("code", failing.code());
      properties.put("message", failing.message());
      properties.put("remediation", failing.remediation());
      detail +=
          "; failing check "
              + failing.check()
              + " ("
              + failing.code()
              + "): fix it, then re-validate";
    } else if (record.state() == IntegrationState.PENDING) {
      detail += "; its validation is in flight, ask again when it is decided";
    } else if (record.state() == IntegrationState.ERROR) {
      detail += "; its last validation could not decide (platform or transient), re-validate it";
    }
    throw new VendingRefused(
        HttpStatus.CONFLICT,
        "integration-not-active",
        "Integration not active",
        detail,
        properties);
  }

  static VendingRefused deleted(String integrationId) {
    return new VendingRefused(
        HttpStatus.CONFLICT,
        "integration-not-active",
        "Integration not active",
        "integration "
            + integrationId
            + " is DELETED: credentials are vended for ACTIVE integrations only",
        Map.of("integrationId", integrationId, "state", "DELETED"));
  }

  static void access(IntegrationRecord record, AccessMode asked) {
    if (asked == AccessMode.READ_WRITE && record.access() == AccessMode.READ_ONLY) {
      throw new VendingRefused(
          HttpStatus.FORBIDDEN,
          "access-exceeds-integration",
          "Access exceeds the integration's",
          "READ_WRITE was asked, but integration "
              + record.integrationId()
              + " is READ_ONLY: ask for READ_ONLY, or create a READ_WRITE integration",
          Map.of("integrationId", record.integrationId(), "integrationAccess", "READ_ONLY"));
    }
  }
}
