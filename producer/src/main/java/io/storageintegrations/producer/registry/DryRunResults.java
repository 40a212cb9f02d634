package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.ValidationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Outcomes of dry-run validations, kept in memory for an hour: a dry run never creates a record, so
 * its result lives only here (see docs/registry.md for what that means with several instances).
 */
@Component
public class DryRunResults {

  private static final Duration KEEP = Duration.ofHours(1);

  private final Map<String, DryRun> dryRuns = new ConcurrentHashMap<>();

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

  public DryRun expect(String validationId, String projectId) {
    Instant cutoff = Instant.now().minus(KEEP);
    dryRuns.values().removeIf(d -> d.requestedAt().isBefore(cutoff));
    DryRun dryRun = new DryRun(validationId, projectId, Instant.now(), new CompletableFuture<>());
    dryRuns.put(validationId, dryRun);
    return dryRun;
  }

  public Optional<DryRun> find(String validationId) {
    return Optional.ofNullable(dryRuns.get(validationId));
  }

  void complete(ValidationOutcome outcome) {
    find(outcome.integrationId()).ifPresent(d -> d.outcome().complete(outcome));
  }
}
