package io.storageintegrations.testsupport.roundtrip;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.CredentialsVended;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.OutcomeSummary;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationRequested;
import java.time.Instant;
import java.util.List;

/**
 * One message of every type, each under its own integration ID, with the awkward values a broker
 * round trip must keep: non-ASCII text, nanosecond instants, absent optional fields, empty lists.
 */
final class MessageSamples {

  private static final Instant AT = Instant.parse("2026-11-25T13:00:00.123456789Z");
  private static final String ROLE = "acs:ram::1234567890123456:role/storage-access";
  private static final String EXTERNAL_ID = "si-ext-0123456789abcdefghijABCDEFGHIJ";

  private static final List<CheckResult> CHECKS =
      List.of(
          new CheckResult(Check.REQUEST, CheckStatus.PASS, null, "well formed", null, 1, 0),
          new CheckResult(
              Check.WRITE,
              CheckStatus.FAIL,
              "WRITE_DENIED",
              "拒绝 denied",
              "grant oss:PutObject",
              2,
              87),
          new CheckResult(
              Check.EXTERNAL_ID_ENFORCED,
              CheckStatus.PASS,
              "VERIFIED_RECENTLY",
              "not re-tested",
              null,
              0,
              0,
              AT.minusSeconds(3600)),
          new CheckResult(Check.READ, CheckStatus.SKIP, null, null, null, 0, 0));

  private MessageSamples() {}

  static List<Object> all(String run) {
    return List.of(
        new ValidationRequested(
            "req-a-" + run,
            "int-a-" + run,
            "proj-1",
            1,
            RequestKind.CREATE,
            "exports",
            "nächtliche Exporte ✓",
            AccessMode.READ_WRITE,
            "my-bucket",
            "cn-hangzhou",
            "cn-hangzhou",
            ROLE,
            EXTERNAL_ID,
            AT),
        new DeletionRequested("req-b-" + run, "int-b-" + run, "proj-1", 7, AT),
        new IntegrationAccepted(
            "ev-c-" + run,
            "req-c-" + run,
            "int-c-" + run,
            "proj-2",
            2,
            RequestKind.VALIDATE,
            "dry run",
            null,
            AccessMode.READ_ONLY,
            "b-2",
            "cn-shanghai",
            ROLE,
            EXTERNAL_ID,
            AT),
        new IntegrationValidated(
            "ev-d-" + run,
            "req-d-" + run,
            "int-d-" + run,
            "proj-2",
            3,
            RequestKind.REVALIDATE,
            CHECKS,
            AT),
        new ValidationFailed(
            "ev-e-" + run,
            "req-e-" + run,
            "int-e-" + run,
            "proj-3",
            1,
            RequestKind.CREATE,
            "WRITE_DENIED",
            CHECKS,
            AT),
        new ValidationErrored(
            "ev-f-" + run,
            "req-f-" + run,
            "int-f-" + run,
            "proj-3",
            1,
            RequestKind.CREATE,
            ErrorReason.DEADLINE_EXCEEDED,
            true,
            List.of(),
            AT),
        new IntegrationDeleted("ev-g-" + run, "req-g-" + run, "int-g-" + run, "proj-4", 9, AT),
        new IntegrationRecord(
            "int-h-" + run,
            "proj-4",
            "exports",
            null,
            AccessMode.READ_WRITE,
            "my-bucket",
            "cn-hangzhou",
            ROLE,
            EXTERNAL_ID,
            IntegrationState.INVALID,
            CHECKS,
            AT,
            List.of(new OutcomeSummary(1, IntegrationState.INVALID, "WRITE_DENIED", "req-h", AT)),
            1,
            AT),
        new CredentialsVended(
            "ev-i-" + run,
            "req-i-" + run,
            "int-i-" + run,
            "proj-4",
            "nightly-export",
            AccessMode.READ_WRITE,
            "my-bucket",
            "backups/2026-12-01/",
            900,
            AT.plusSeconds(900),
            false,
            AT));
  }
}
