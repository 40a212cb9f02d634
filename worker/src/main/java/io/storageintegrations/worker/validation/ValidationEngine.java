package io.storageintegrations.worker.validation;

import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.Deadline;
import io.storageintegrations.worker.cloud.Lane;
import io.storageintegrations.worker.cloud.OssGateway;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.observability.WorkerMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Validates one request and yields exactly one outcome. Never blocks the caller: every cloud fault
 * becomes a check result.
 */
public final class ValidationEngine {

  private final RoleChecks role;
  private final BucketChecks bucket;
  private final ValidationProperties properties;
  private final String platformPrincipal;
  private final Set<String> allowedRegions;
  private final Clock clock;
  private final WorkerMetrics metrics;
  private final ScheduledExecutorService timer;

  public ValidationEngine(
      CloudCalls calls,
      StsGateway sts,
      OssGateway oss,
      ValidationProperties properties,
      String platformPrincipal,
      Set<String> allowedRegions,
      Clock clock,
      WorkerMetrics metrics,
      ScheduledExecutorService timer) {
    CheckCall call = new CheckCall(calls);
    ExternalIdRecheck recheck = new ExternalIdRecheck(properties.externalIdRecheckPeriod(), clock);
    this.role = new RoleChecks(call, sts, recheck, metrics);
    this.bucket = new BucketChecks(call, oss);
    this.properties = properties;
    this.platformPrincipal = platformPrincipal;
    this.allowedRegions = Set.copyOf(allowedRegions);
    this.clock = clock;
    this.metrics = metrics;
    this.timer = timer;
  }

  /**
   * The outcome, once every check has ended. Completes exceptionally only if the worker itself
   * fails (a defect, or its timers already shut down); it never throws.
   */
  public CompletableFuture<ValidationOutcome> validate(ValidationRequested request) {
    return validate(request, Lane.INTERACTIVE);
  }

  /** The outcome of a request from {@code lane}, whose share of the STS quota it uses. */
  public CompletableFuture<ValidationOutcome> validate(ValidationRequested request, Lane lane) {
    long start = System.nanoTime();
    CompletableFuture<List<CheckOutcome>> checks;
    try {
      metrics.validation(request.kind() == null ? "UNKNOWN" : request.kind().name(), lane.name());
      Deadline deadline = Deadline.in(properties.deadline());
      Subject subject =
          Subject.of(request, platformPrincipal, deadline, lane, properties.probePrefix());
      CheckOutcome requestCheck = RequestChecks.request(request, allowedRegions);
      checks =
          new ValidationRun(subject, role, bucket, properties.externalIdCheck())
              .run(requestCheck, timer);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return checks.thenApply(
        outcomes -> {
          ValidationOutcome outcome = Outcomes.of(request, outcomes, clock.instant());
          metrics.outcome(typeOf(outcome), reasonOf(outcome), System.nanoTime() - start);
          return outcome;
        });
  }

  static String typeOf(ValidationOutcome outcome) {
    if (outcome instanceof ValidationFailed) {
      return "failed";
    }
    return outcome instanceof ValidationErrored ? "errored" : "validated";
  }

  static String reasonOf(ValidationOutcome outcome) {
    if (outcome instanceof ValidationFailed failed) {
      return failed.reason();
    }
    return outcome instanceof ValidationErrored errored ? errored.reason().name() : "none";
  }
}
