package io.storageintegrations.producer.registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.model.message.ValidationOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Dry runs of every instance, from Kafka: each instance reads every dry-run request and outcome
 * ({@link DryRunObserver}), so any instance answers for any dry run, and after a restart the last
 * {@code dry-run-retention} is read again. A result is readable for the retention after it was
 * requested, then it is unknown (404); memory is bounded by {@code dry-run-max-kept}, the oldest
 * going first (counted in {@code storage_integrations_dry_runs_evicted_total}).
 */
@Component
public class DryRunResults {

  private final Clock clock;
  private final Duration retention;
  private final int maxKept;
  private final Counter evicted;
  // Insertion order = roughly request order: expiry and the cap drop from the head.
  private final Map<String, DryRun> byId = new LinkedHashMap<>();

  /** A dry run requested for {@code projectId}; its outcome completes {@code outcome}. */
  public record DryRun(
      String validationId,
      String projectId,
      Instant requestedAt,
      CompletableFuture<ValidationOutcome> outcome) {

    /** The outcome if it has arrived. */
    public Optional<ValidationOutcome> now() {
      return outcome.isDone() && !outcome.isCompletedExceptionally()
          ? Optional.ofNullable(outcome.getNow(null))
          : Optional.empty();
    }
  }

  @Autowired
  DryRunResults(DryRunProperties properties, MeterRegistry meters) {
    this(properties, meters, Clock.systemUTC());
  }

  DryRunResults(DryRunProperties properties, MeterRegistry meters, Clock clock) {
    this.clock = clock;
    this.retention = properties.dryRunRetention();
    this.maxKept = properties.dryRunMaxKept();
    this.evicted =
        Counter.builder("storage_integrations.dry_runs.evicted")
            .description("Dry-run results dropped before their retention because of the cap")
            .register(meters);
    Gauge.builder("storage_integrations.dry_runs.kept", this, DryRunResults::size)
        .description("Dry-run results this instance keeps")
        .register(meters);
  }

  /** A dry run this instance accepted just now (readable here before it is read back). */
  public DryRun expect(String validationId, String projectId) {
    DryRun dryRun = new DryRun(validationId, projectId, clock.instant(), new CompletableFuture<>());
    synchronized (this) {
      byId.putIfAbsent(validationId, dryRun);
      prune();
      return byId.getOrDefault(validationId, dryRun);
    }
  }

  /** The dry run, unless it is unknown or older than the retention. */
  public synchronized Optional<DryRun> find(String validationId) {
    return Optional.ofNullable(byId.get(validationId)).filter(d -> !expired(d));
  }

  /** A dry-run request read from the requests topic (by any instance or upstream service). */
  synchronized void requested(String validationId, String projectId, Instant requestedAt) {
    byId.putIfAbsent(
        validationId, new DryRun(validationId, projectId, requestedAt, new CompletableFuture<>()));
    prune();
  }

  /**
   * An outcome read from the events topic. A second outcome of the same dry run (a redelivered
   * request) with another verdict replaces the first: the last copy wins (docs/contracts.md).
   */
  synchronized void complete(ValidationOutcome outcome) {
    DryRun known = byId.get(outcome.integrationId());
    if (known == null) {
      // Its request was read before the replay window, or not yet: the outcome alone will do.
      byId.put(
          outcome.integrationId(),
          new DryRun(
              outcome.integrationId(),
              outcome.projectId(),
              outcome.occurredAt(),
              CompletableFuture.completedFuture(outcome)));
    } else if (!known.outcome().complete(outcome)
        && !known.now().map(o -> o.getClass() == outcome.getClass()).orElse(false)) {
      byId.put(
          known.validationId(),
          new DryRun(
              known.validationId(),
              known.projectId(),
              known.requestedAt(),
              CompletableFuture.completedFuture(outcome)));
    }
    prune();
  }

  synchronized int size() {
    return byId.size();
  }

  private boolean expired(DryRun dryRun) {
    return dryRun.requestedAt().isBefore(clock.instant().minus(retention));
  }

  private void prune() {
    Iterator<DryRun> oldestFirst = byId.values().iterator();
    while (oldestFirst.hasNext()) {
      DryRun oldest = oldestFirst.next();
      if (expired(oldest)) {
        oldestFirst.remove();
      } else if (byId.size() > maxKept) {
        oldestFirst.remove();
        evicted.increment();
      } else {
        return;
      }
    }
  }
}
