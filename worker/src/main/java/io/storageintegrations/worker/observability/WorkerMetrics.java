package io.storageintegrations.worker.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.cloud.Lane;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The worker's own meters. Tags take values from closed sets only (operation, outcome class,
 * outcome type, reason code), never IDs, buckets or messages.
 */
public final class WorkerMetrics {

  private final MeterRegistry registry;
  private final Map<String, Timer> callTimers = new ConcurrentHashMap<>();
  private final Timer quotaWait;

  public WorkerMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.quotaWait =
        Timer.builder("worker.sts.quota.wait")
            .description("Time AssumeRole calls queued for the shared STS quota")
            .register(registry);
    // Series of known tag values exist from the start, at 0: panels and alerts see a rate of 0,
    // not "No data", before the first retry or error.
    for (CloudOperation operation : CloudOperation.values()) {
      retries(operation.name());
      callTimer(operation.name(), "success");
    }
    for (ErrorReason reason : ErrorReason.values()) {
      outcomes("errored", reason.name());
    }
    for (RequestKind kind : RequestKind.values()) {
      for (Lane lane : Lane.values()) {
        validations(kind.name(), lane.name());
        assumeRoles(kind.name(), lane.name(), "with_external_id");
        assumeRoles(kind.name(), lane.name(), "without_external_id");
      }
    }
    for (String decision : List.of("absent", "future", "due", "skip")) {
      externalIdRechecks(decision);
    }
  }

  /**
   * A validation started: kind is the request's (CREATE, VALIDATE, REVALIDATE), lane INTERACTIVE or
   * BACKGROUND. With {@link #assumeRole} it gives the AssumeRole calls per validation by kind.
   */
  public void validation(String kind, String lane) {
    validations(kind, lane).increment();
  }

  private Counter validations(String kind, String lane) {
    return Counter.builder("worker.validations")
        .description("Validations started, by request kind and lane")
        .tag("kind", kind)
        .tag("lane", lane)
        .register(registry);
  }

  /**
   * One AssumeRole sent to STS (every attempt, retries included: each takes quota). {@code call} is
   * with_external_id or without_external_id (the negative test).
   */
  public void assumeRole(String kind, String lane, String call) {
    assumeRoles(kind, lane, call).increment();
  }

  private Counter assumeRoles(String kind, String lane, String call) {
    return Counter.builder("worker.sts.assume.role")
        .description("AssumeRole calls sent by validations, by request kind, lane and call")
        .tag("kind", kind)
        .tag("lane", lane)
        .tag("call", call)
        .register(registry);
  }

  /**
   * A periodic re-validation's decision on the negative AssumeRole: skip (passed within the recheck
   * period), due, absent (no last-verified time) or future (a time not yet reached).
   */
  public void externalIdRecheck(String decision) {
    externalIdRechecks(decision).increment();
  }

  private Counter externalIdRechecks(String decision) {
    return Counter.builder("worker.external.id.recheck")
        .description("Periodic re-validations by what they did with the negative AssumeRole")
        .tag("decision", decision)
        .register(registry);
  }

  /** One cloud call attempt: outcome is success, customer, transient or platform. */
  public void cloudCall(String operation, String outcome, long nanos) {
    callTimer(operation, outcome).record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer callTimer(String operation, String outcome) {
    return callTimers.computeIfAbsent(
        operation + '/' + outcome,
        key ->
            Timer.builder("worker.cloud.calls")
                .description("Cloud call attempts by operation and outcome class")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry));
  }

  public void retry(String operation) {
    retries(operation).increment();
  }

  private Counter retries(String operation) {
    return Counter.builder("worker.cloud.retries")
        .description("Retries of transient cloud errors")
        .tag("operation", operation)
        .register(registry);
  }

  public void quotaWait(long nanos) {
    quotaWait.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A validation finished: type is validated, failed or errored; reason is a code name. */
  public void outcome(String type, String reason, long nanos) {
    outcomes(type, reason).increment();
    Timer.builder("worker.validation.duration")
        .tag("type", type)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private Counter outcomes(String type, String reason) {
    return Counter.builder("worker.outcomes")
        .description("Validation outcomes by type and reason")
        .tag("type", type)
        .tag("reason", reason)
        .register(registry);
  }

  public void deadLettered(String reason) {
    deadLetters(reason).increment();
  }

  /** Registers the dead-letter series of every reason at 0. */
  public void deadLetterReasons(Collection<String> reasons) {
    reasons.forEach(this::deadLetters);
  }

  private Counter deadLetters(String reason) {
    return Counter.builder("worker.requests.dead.lettered")
        .description("Unreadable requests sent to the dead-letter topic")
        .tag("reason", reason)
        .register(registry);
  }

  public void inFlightGauge(Supplier<Number> inFlight) {
    Gauge.builder("worker.requests.in.flight", inFlight)
        .description("Requests accepted from Kafka and not yet committed")
        .strongReference(true)
        .register(registry);
  }
}
