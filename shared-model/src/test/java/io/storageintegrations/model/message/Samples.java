package io.storageintegrations.model.message;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.topic.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One fully populated sample per message type, shared by the contract tests. */
public final class Samples {

  public static final Instant AT = Instant.parse("2026-11-25T13:00:00.123Z");
  static final String REQUEST_ID = "req-1";
  static final String INTEGRATION_ID = "int-1";
  static final String ROLE = "acs:ram::1234567890123456:role/storage-access";
  static final String EXTERNAL_ID = "si-ext-0123456789abcdefghijABCDEFGHIJ0123456789";

  private Samples() {}

  public static final ValidationRequested VALIDATION_REQUESTED =
      new ValidationRequested(
          REQUEST_ID,
          INTEGRATION_ID,
          "proj-1",
          3,
          RequestKind.CREATE,
          "exports",
          "nightly exports",
          AccessMode.READ_WRITE,
          "my-bucket",
          "cn-hangzhou",
          "cn-hangzhou",
          ROLE,
          EXTERNAL_ID,
          AT,
          AT.minusSeconds(3600));

  static final List<CheckResult> CHECKS =
      List.of(
          new CheckResult(Check.REQUEST, CheckStatus.PASS, null, "request well formed", null, 1, 0),
          new CheckResult(
              Check.LIST,
              CheckStatus.FAIL,
              "LIST_DENIED",
              "denied",
              "grant oss:ListObjects",
              1,
              42),
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

  /** Every message type with its sample. */
  public static final Map<MessageType, Object> ALL =
      Map.of(
          MessageType.VALIDATION_REQUESTED, VALIDATION_REQUESTED,
          MessageType.DELETION_REQUESTED,
              new DeletionRequested("req-2", INTEGRATION_ID, "proj-1", 4, AT),
          MessageType.INTEGRATION_ACCEPTED,
              new IntegrationAccepted(
                  "ev-1",
                  REQUEST_ID,
                  INTEGRATION_ID,
                  "proj-1",
                  3,
                  RequestKind.CREATE,
                  "exports",
                  "nightly",
                  AccessMode.READ_ONLY,
                  "my-bucket",
                  "cn-hangzhou",
                  ROLE,
                  EXTERNAL_ID,
                  AT),
          MessageType.INTEGRATION_VALIDATED,
              new IntegrationValidated(
                  "ev-2",
                  REQUEST_ID,
                  INTEGRATION_ID,
                  "proj-1",
                  3,
                  RequestKind.REVALIDATE,
                  CHECKS,
                  AT),
          MessageType.VALIDATION_FAILED,
              new ValidationFailed(
                  "ev-3",
                  REQUEST_ID,
                  INTEGRATION_ID,
                  "proj-1",
                  3,
                  RequestKind.VALIDATE,
                  "LIST_DENIED",
                  CHECKS,
                  AT),
          MessageType.VALIDATION_ERRORED,
              new ValidationErrored(
                  "ev-4",
                  REQUEST_ID,
                  INTEGRATION_ID,
                  "proj-1",
                  3,
                  RequestKind.CREATE,
                  ErrorReason.RETRIES_EXHAUSTED,
                  true,
                  CHECKS,
                  AT),
          MessageType.INTEGRATION_DELETED,
              new IntegrationDeleted("ev-5", "req-2", INTEGRATION_ID, "proj-1", 4, AT),
          MessageType.INTEGRATION_RECORD,
              new IntegrationRecord(
                  INTEGRATION_ID,
                  "proj-1",
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
                  List.of(
                      new OutcomeSummary(
                          3, IntegrationState.INVALID, "LIST_DENIED", REQUEST_ID, AT)),
                  3,
                  AT),
          MessageType.CREDENTIALS_VENDED,
              new CredentialsVended(
                  "ev-6",
                  "req-3",
                  INTEGRATION_ID,
                  "proj-1",
                  "nightly-export",
                  AccessMode.READ_WRITE,
                  "my-bucket",
                  "backups/2026-12-01/",
                  900,
                  AT.plusSeconds(900),
                  false,
                  AT));
}
