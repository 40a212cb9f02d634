package io.storageintegrations.worker.validation;

import static io.storageintegrations.model.check.CheckStatus.PASS;
import static io.storageintegrations.model.check.CheckStatus.SKIP;
import static io.storageintegrations.model.check.CheckStatus.WARN;
import static io.storageintegrations.worker.validation.TestCloud.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.worker.config.ValidationProperties.ExternalIdCheckMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scenario per check failure, against the emulator with the real SDKs. */
class ValidationScenariosIT {

  private static TestCloud.Engine cloud;

  @BeforeAll
  static void start() {
    cloud = new TestCloud.Engine(TestCloud.Settings.defaults());
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static ValidationOutcome validate(ValidationRequested request) {
    return cloud
        .engine
        .validate(request)
        .orTimeout(20, java.util.concurrent.TimeUnit.SECONDS)
        .join();
  }

  static Map<Check, CheckStatus> statuses(ValidationOutcome outcome) {
    return outcome.checks().stream()
        .collect(Collectors.toMap(CheckResult::check, CheckResult::status));
  }

  static CheckResult result(ValidationOutcome outcome, Check check) {
    return outcome.checks().stream().filter(r -> r.check() == check).findFirst().orElseThrow();
  }

  private static ValidationFailed failed(ValidationOutcome outcome, String reason) {
    assertThat(outcome).isInstanceOf(ValidationFailed.class);
    ValidationFailed failed = (ValidationFailed) outcome;
    assertThat(failed.reason()).isEqualTo(reason);
    return failed;
  }

  @Test
  void readWriteIntegrationPassesEveryCheckInCatalogueOrder() {
    ValidationOutcome outcome = validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE));

    assertThat(outcome).isInstanceOf(IntegrationValidated.class);
    assertThat(outcome.checks()).extracting(CheckResult::check).containsExactly(Check.values());
    assertThat(outcome.checks()).extracting(CheckResult::status).containsOnly(PASS);
    assertThat(result(outcome, Check.ROLE_ASSUMABLE).attempts()).isEqualTo(1);
    assertThat(outcome.eventId()).isEqualTo(Outcomes.eventId(outcome.requestId()));
  }

  @Test
  void aDryRunWithoutANameIsValidated() {
    ValidationRequested named = request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);
    ValidationRequested dryRun =
        new ValidationRequested(
            named.requestId(),
            named.integrationId(),
            named.projectId(),
            named.revision(),
            RequestKind.VALIDATE,
            null,
            null,
            named.access(),
            named.bucket(),
            named.bucketRegion(),
            named.clusterRegion(),
            named.roleArn(),
            named.externalId(),
            named.requestedAt());

    assertThat(validate(dryRun)).isInstanceOf(IntegrationValidated.class);
  }

  @Test
  void readOnlyIntegrationSkipsWriteAndProvesReadWithNoSuchKey() {
    ValidationOutcome outcome = validate(request("ro-ok", "bucket-ok", AccessMode.READ_ONLY));

    assertThat(outcome).isInstanceOf(IntegrationValidated.class);
    assertThat(statuses(outcome)).containsEntry(Check.WRITE, SKIP).containsEntry(Check.READ, PASS);
    assertThat(result(outcome, Check.READ).message()).contains("NoSuchKey");
  }

  @Test
  void readOnlyRoleUsedForReadWriteFailsWriteWithThePutObjectGrant() {
    ValidationOutcome outcome = validate(request("ro-ok", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "WRITE_DENIED");
    CheckResult write = result(outcome, Check.WRITE);
    assertThat(write.remediation()).contains("oss:PutObject").contains("acs:oss:*:*:bucket-ok/*");
    assertThat(statuses(outcome)).containsEntry(Check.READ, PASS);
  }

  @Test
  void missingRoleFailsRoleCheckAndSkipsTheRest() {
    ValidationOutcome outcome =
        validate(request("does-not-exist", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "ROLE_NOT_FOUND");
    assertThat(result(outcome, Check.ROLE_ASSUMABLE).message()).contains("EntityNotExist.Role");
    assertThat(statuses(outcome))
        .containsEntry(Check.EXTERNAL_ID_ENFORCED, SKIP)
        .containsEntry(Check.BUCKET_EXISTS_IN_REGION, SKIP)
        .containsEntry(Check.READ, SKIP);
  }

  @Test
  void roleTrustingAnotherPrincipalIsNotTrusted() {
    ValidationOutcome outcome =
        validate(request("trusts-someone-else", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "ROLE_NOT_TRUSTED");
    assertThat(result(outcome, Check.ROLE_ASSUMABLE).remediation())
        .contains(TestCloud.PRINCIPAL)
        .contains(TestCloud.EXTERNAL_ID);
  }

  @Test
  void externalIdMismatchIsNotTrusted() {
    ValidationRequested base = request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);
    ValidationRequested wrongId =
        new ValidationRequested(
            base.requestId(),
            base.integrationId(),
            base.projectId(),
            base.revision(),
            base.kind(),
            base.name(),
            base.description(),
            base.access(),
            base.bucket(),
            base.bucketRegion(),
            base.clusterRegion(),
            base.roleArn(),
            "si-ext-someone-elses-id-000000",
            base.requestedAt());

    failed(validate(wrongId), "ROLE_NOT_TRUSTED");
  }

  @Test
  void roleAssumableWithoutExternalIdFailsTheConfusedDeputyCheck() {
    ValidationOutcome outcome = validate(request("open-trust", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "EXTERNAL_ID_NOT_ENFORCED");
    assertThat(result(outcome, Check.EXTERNAL_ID_ENFORCED).remediation())
        .contains("sts:ExternalId");
    assertThat(statuses(outcome)).containsEntry(Check.WRITE, PASS).containsEntry(Check.READ, PASS);
  }

  @Test
  void externalIdCheckInWarnModeValidatesWithAWarning() {
    try (TestCloud.Engine warn =
        new TestCloud.Engine(
            TestCloud.Settings.defaults().withExternalIdCheck(ExternalIdCheckMode.WARN))) {
      ValidationOutcome outcome =
          warn.engine.validate(request("open-trust", "bucket-ok", AccessMode.READ_WRITE)).join();

      assertThat(outcome).isInstanceOf(IntegrationValidated.class);
      assertThat(statuses(outcome)).containsEntry(Check.EXTERNAL_ID_ENFORCED, WARN);
    }
  }

  @Test
  void externalIdCheckTurnedOffMakesNoNegativeCall() {
    TestCloud.emulator().counters().reset();
    try (TestCloud.Engine off =
        new TestCloud.Engine(
            TestCloud.Settings.defaults().withExternalIdCheck(ExternalIdCheckMode.OFF))) {
      ValidationOutcome outcome =
          off.engine.validate(request("open-trust", "bucket-ok", AccessMode.READ_WRITE)).join();

      assertThat(outcome).isInstanceOf(IntegrationValidated.class);
      assertThat(result(outcome, Check.EXTERNAL_ID_ENFORCED).code()).isEqualTo("CHECK_DISABLED");
      assertThat(TestCloud.emulator().counters().count("sts:AssumeRole")).isEqualTo(1);
    }
  }

  @Test
  void missingBucketFailsAndSkipsTheObjectChecks() {
    ValidationOutcome outcome =
        validate(request("any-bucket", "bucket-missing", AccessMode.READ_WRITE));

    failed(outcome, "BUCKET_NOT_FOUND");
    assertThat(statuses(outcome))
        .containsEntry(Check.LIST, SKIP)
        .containsEntry(Check.WRITE, SKIP)
        .containsEntry(Check.READ, SKIP);
  }

  @Test
  void bucketInAnotherRegionNamesBothRegions() {
    ValidationOutcome outcome =
        validate(request("any-bucket", "bucket-beijing", AccessMode.READ_WRITE));

    failed(outcome, "BUCKET_REGION_MISMATCH");
    assertThat(result(outcome, Check.BUCKET_EXISTS_IN_REGION).message())
        .contains("cn-beijing")
        .contains("cn-hangzhou");
  }

  @Test
  void deniedGetBucketLocationNamesTheAction() {
    ValidationOutcome outcome =
        validate(request("no-location", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "LOCATION_DENIED");
    assertThat(result(outcome, Check.BUCKET_EXISTS_IN_REGION).remediation())
        .contains("oss:GetBucketLocation")
        .contains("acs:oss:*:*:bucket-ok");
    assertThat(statuses(outcome)).containsEntry(Check.LIST, PASS).containsEntry(Check.WRITE, PASS);
  }

  @Test
  void deniedListObjects() {
    ValidationOutcome outcome = validate(request("no-list", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "LIST_DENIED");
    assertThat(result(outcome, Check.LIST).remediation()).contains("oss:ListObjects");
  }

  @Test
  void deniedGetObject() {
    ValidationOutcome outcome = validate(request("no-get", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "READ_DENIED");
    assertThat(result(outcome, Check.READ).remediation()).contains("oss:GetObject");
    assertThat(statuses(outcome)).containsEntry(Check.WRITE, PASS);
  }

  @Test
  void explicitDenyBeatsAllowAndTheRemediationSaysSo() {
    ValidationOutcome outcome = validate(request("deny-put", "bucket-ok", AccessMode.READ_WRITE));

    failed(outcome, "WRITE_DENIED");
    assertThat(result(outcome, Check.WRITE).remediation()).contains("explicit Deny");
    // The same policy's Allow of oss:* still grants everything else.
    assertThat(statuses(outcome))
        .containsEntry(Check.BUCKET_EXISTS_IN_REGION, PASS)
        .containsEntry(Check.LIST, PASS)
        .containsEntry(Check.READ, PASS);
  }

  @Test
  void malformedRequestFailsTheRequestCheckWithoutCloudCalls() {
    long before = TestCloud.emulator().counters().count("sts:AssumeRole");
    ValidationOutcome outcome = validate(request("rw-ok", "Not_A_Bucket!", AccessMode.READ_WRITE));

    failed(outcome, "REQUEST_INVALID");
    assertThat(result(outcome, Check.REQUEST).message()).contains("Not_A_Bucket!");
    assertThat(outcome.checks().subList(1, 8)).extracting(CheckResult::status).containsOnly(SKIP);
    assertThat(TestCloud.emulator().counters().count("sts:AssumeRole")).isEqualTo(before);
  }

  @Test
  void regionOtherThanTheClusterFailsBeforeAnyCloudCall() {
    ValidationRequested base = request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);
    ValidationRequested other =
        new ValidationRequested(
            base.requestId(),
            base.integrationId(),
            base.projectId(),
            base.revision(),
            base.kind(),
            base.name(),
            base.description(),
            base.access(),
            base.bucket(),
            "oss-cn-beijing",
            "ali-cn-hangzhou",
            base.roleArn(),
            base.externalId(),
            base.requestedAt());

    ValidationOutcome outcome = validate(other);

    failed(outcome, "REGION_MISMATCH_CLUSTER");
    assertThat(result(outcome, Check.REGION_MATCHES_CLUSTER).message())
        .contains("cn-beijing")
        .contains("cn-hangzhou");
  }
}
