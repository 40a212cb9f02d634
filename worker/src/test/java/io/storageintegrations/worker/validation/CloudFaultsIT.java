package io.storageintegrations.worker.validation;

import static io.storageintegrations.worker.validation.TestCloud.request;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Transient faults, deadlines, platform faults and the STS quota, counted at the emulator. */
@ExtendWith(OutputCaptureExtension.class)
class CloudFaultsIT {

  private final CloudEmulator emulator = TestCloud.emulator();

  @BeforeEach
  @AfterEach
  void reset() {
    emulator.resetRuntime();
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 0}");
  }

  private static CheckResult result(ValidationOutcome outcome, Check check) {
    return ValidationScenariosIT.result(outcome, check);
  }

  @Test
  void transientFaultsAreHealedByRetryAndCountedAtTheEmulator() {
    emulator.faults().set("oss:ListObjects", FaultSpec.failTimes(2, "ServiceUnavailable", 503));
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      ValidationOutcome outcome =
          cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE)).join();

      assertThat(outcome).isInstanceOf(IntegrationValidated.class);
      assertThat(result(outcome, Check.LIST).attempts()).isEqualTo(3);
      assertThat(emulator.counters().count("oss:ListObjects", "ServiceUnavailable")).isEqualTo(2);
      assertThat(emulator.counters().count("oss:ListObjects")).isEqualTo(3);
      assertThat(
              cloud.registry.counter("worker.cloud.retries", "operation", "LIST_OBJECTS").count())
          .isEqualTo(2);
    }
  }

  @Test
  void aProxysErrorPageIsRetriedNeverDiagnosedAsTheCustomersConfiguration() {
    emulator.faults().set("oss:ListObjects", FaultSpec.gateway(2, 503));
    emulator.faults().set("sts:AssumeRole", FaultSpec.gateway(1, 403));
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      ValidationOutcome outcome =
          cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE)).join();

      assertThat(outcome).isInstanceOf(IntegrationValidated.class);
      assertThat(result(outcome, Check.LIST).attempts()).isEqualTo(3);
      assertThat(emulator.counters().count("oss:ListObjects", FaultSpec.GATEWAY)).isEqualTo(2);
      assertThat(emulator.counters().count("sts:AssumeRole", FaultSpec.GATEWAY)).isEqualTo(1);
      assertThat(emulator.counters().count("sts:AssumeRole")).isEqualTo(3); // 2 checks + 1 retry
    }
  }

  @Test
  void aProxysErrorPageOutlastingTheRetriesIsARetryableErrorNotADenial() {
    emulator.faults().set("oss:PutObject", FaultSpec.gateway(0, 502));
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      ValidationOutcome outcome =
          cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE)).join();

      assertThat(outcome).isInstanceOf(ValidationErrored.class);
      assertThat(((ValidationErrored) outcome).reason()).isEqualTo(ErrorReason.RETRIES_EXHAUSTED);
      assertThat(result(outcome, Check.WRITE).code()).isEqualTo("TRANSIENT_RETRIES_EXHAUSTED");
      assertThat(result(outcome, Check.WRITE).attempts()).isEqualTo(4);
    }
  }

  @Test
  void faultsOutlastingTheRetriesEndInARetryableErrorWithinTheDeadline() {
    emulator.faults().set("oss:GetBucketLocation", FaultSpec.error(1.0, "InternalError", 500));
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      long start = System.nanoTime();
      ValidationOutcome outcome =
          cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE)).join();
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;

      assertThat(outcome).isInstanceOf(ValidationErrored.class);
      ValidationErrored errored = (ValidationErrored) outcome;
      assertThat(errored.reason()).isEqualTo(ErrorReason.RETRIES_EXHAUSTED);
      assertThat(errored.retryable()).isTrue();
      CheckResult location = result(outcome, Check.BUCKET_EXISTS_IN_REGION);
      assertThat(location.code()).isEqualTo("TRANSIENT_RETRIES_EXHAUSTED");
      assertThat(location.attempts()).isEqualTo(4);
      assertThat(emulator.counters().count("oss:GetBucketLocation")).isEqualTo(4);
      assertThat(elapsedMs).isLessThan(10_000);
    }
  }

  @Test
  void aFailureInsideTheWorkerFailsTheFutureInsteadOfThrowing() {
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      cloud.scheduler.shutdownNow(); // as late in a shutdown: the deadline timer refuses work

      var validation = cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE));

      assertThat(validation).isCompletedExceptionally();
      assertThat(emulator.counters().count("sts:AssumeRole")).isZero();
    }
  }

  @Test
  void aHangingServiceEndsInDeadlineExceededOnTime() {
    emulator.faults().set("sts:AssumeRole", FaultSpec.hang(1.0, 5_000));
    try (TestCloud.Engine cloud =
        new TestCloud.Engine(TestCloud.Settings.defaults().withDeadline(Duration.ofSeconds(1)))) {
      long start = System.nanoTime();
      ValidationOutcome outcome =
          cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE)).join();
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;

      assertThat(outcome).isInstanceOf(ValidationErrored.class);
      assertThat(((ValidationErrored) outcome).reason()).isEqualTo(ErrorReason.DEADLINE_EXCEEDED);
      assertThat(elapsedMs).isBetween(900L, 1_800L);
    }
  }

  @Test
  void aWrongPlatformSecretIsAPlatformErrorNeverBlamedOnTheCustomerAndNotRetried(
      CapturedOutput output) {
    String wrongSecret = "WrongSecretValue0123456789abcdef";
    try (TestCloud.Engine cloud =
        new TestCloud.Engine(TestCloud.Settings.defaults().withSecret(wrongSecret))) {
      ValidationOutcome outcome =
          cloud.engine.validate(request("rw-ok", "bucket-ok", AccessMode.READ_WRITE)).join();

      // STS answers SignatureDoesNotMatch with the string-to-sign; none of it may leak.
      String scanned = output.getAll() + new String(MessageCodec.toJson(outcome), UTF_8);
      assertThat(scanned).doesNotContain(wrongSecret).doesNotContain(TestCloud.PLATFORM_SECRET);
      assertThat(scanned).doesNotContainIgnoringCase("string to sign");

      assertThat(outcome).isInstanceOf(ValidationErrored.class);
      ValidationErrored errored = (ValidationErrored) outcome;
      assertThat(errored.reason()).isEqualTo(ErrorReason.PLATFORM_CONFIGURATION);
      assertThat(result(outcome, Check.ROLE_ASSUMABLE).code())
          .isEqualTo("PLATFORM_SIGNATURE_MISMATCH");
      assertThat(result(outcome, Check.ROLE_ASSUMABLE).attempts()).isEqualTo(1);
    }
  }

  @Test
  void theRateLimiterQueuesAssumeRoleInsteadOfBeingThrottled() {
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 20}");
    try (TestCloud.Engine cloud =
        new TestCloud.Engine(TestCloud.Settings.defaults().withRate(19))) {
      List<CompletableFuture<ValidationOutcome>> running =
          IntStream.range(0, 20)
              .mapToObj(
                  i -> cloud.engine.validate(request("ro-ok", "bucket-ok", AccessMode.READ_ONLY)))
              .toList();
      List<ValidationOutcome> outcomes = running.stream().map(CompletableFuture::join).toList();

      assertThat(outcomes.stream().filter(o -> o instanceof IntegrationValidated).count())
          .isEqualTo(20);
      assertThat(emulator.counters().count("sts:AssumeRole")).isEqualTo(40);
      assertThat(emulator.counters().snapshot().get("sts:AssumeRole"))
          .doesNotContainKey("Throttling.User");
    }
  }

  @Test
  void withoutTheRateLimiterTheSameBurstIsThrottled() {
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 20}");
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      IntStream.range(0, 20)
          .mapToObj(i -> cloud.engine.validate(request("ro-ok", "bucket-ok", AccessMode.READ_ONLY)))
          .toList()
          .forEach(CompletableFuture::join);

      assertThat(emulator.counters().count("sts:AssumeRole", "Throttling.User")).isPositive();
    }
  }
}
