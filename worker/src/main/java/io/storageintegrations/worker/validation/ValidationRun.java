package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.worker.cloud.TemporaryCredentials;
import io.storageintegrations.worker.config.ValidationProperties.ExternalIdCheckMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One validation's plan. Request and region checks first (no cloud call); then AssumeRole and the
 * negative AssumeRole together; then GetBucketLocation, ListObjects and PutObject together (and for
 * read-only the GetObject of an absent key); then GetObject of the probe. A check whose dependency
 * did not pass is SKIP; a check still running at the deadline is DEADLINE_EXCEEDED.
 */
final class ValidationRun {

  private static final Set<String> BUCKET_GONE =
      Set.of(ErrorCode.BUCKET_NOT_FOUND.name(), ErrorCode.BUCKET_REGION_MISMATCH.name());

  private final Subject s;
  private final RoleChecks role;
  private final BucketChecks bucket;
  private final ExternalIdCheckMode mode;
  private final Map<Check, CheckOutcome> results = new EnumMap<>(Check.class);
  private final CompletableFuture<Void> expired = new CompletableFuture<>();

  ValidationRun(Subject subject, RoleChecks role, BucketChecks bucket, ExternalIdCheckMode mode) {
    this.s = subject;
    this.role = role;
    this.bucket = bucket;
    this.mode = mode;
  }

  /** Runs the plan with one deadline timer, cancelled as soon as the plan is done. */
  CompletableFuture<List<CheckOutcome>> run(CheckOutcome request, ScheduledExecutorService timer) {
    long remaining = Math.max(0, s.deadline().remainingNanos());
    ScheduledFuture<?> expiry =
        timer.schedule(() -> expired.complete(null), remaining, TimeUnit.NANOSECONDS);
    return plan(request).whenComplete((done, failure) -> expiry.cancel(false));
  }

  private CompletableFuture<List<CheckOutcome>> plan(CheckOutcome request) {
    put(request);
    if (!request.passed()) {
      return done(Check.REQUEST);
    }
    CheckOutcome region = RequestChecks.region(s.request());
    put(region);
    if (!region.passed()) {
      return done(Check.REGION_MATCHES_CLUSTER);
    }
    var assumed =
        guard(
            role.roleAssumable(s),
            () -> new RoleChecks.Assumed(deadline(Check.ROLE_ASSUMABLE), null));
    var negative =
        guard(role.externalIdEnforced(s, mode), () -> deadline(Check.EXTERNAL_ID_ENFORCED));
    return assumed.thenCombine(negative, this::afterRole).thenCompose(next -> next);
  }

  private CompletableFuture<List<CheckOutcome>> afterRole(
      RoleChecks.Assumed assumed, CheckOutcome negative) {
    put(assumed.outcome());
    if (!assumed.outcome().passed()) {
      return done(Check.ROLE_ASSUMABLE);
    }
    put(negative);
    TemporaryCredentials creds = assumed.credentials();
    var location = guarded(bucket.bucketInRegion(s, creds), Check.BUCKET_EXISTS_IN_REGION);
    var list = guarded(bucket.list(s, creds), Check.LIST);
    var write =
        s.readWrite()
            ? guarded(bucket.write(s, creds), Check.WRITE)
            : CompletableFuture.completedFuture(
                CheckOutcome.skip(
                    Check.WRITE, "NOT_APPLICABLE", "Not run: the integration is read-only."));
    var readAbsent = s.readWrite() ? null : guarded(bucket.readAbsent(s, creds), Check.READ);
    var stage = CompletableFuture.allOf(location, list, write);
    if (readAbsent != null) {
      stage = CompletableFuture.allOf(stage, readAbsent);
    }
    return stage.thenCompose(
        ignored -> {
          put(location.join());
          if (BUCKET_GONE.contains(location.join().result().code())) {
            return done(Check.BUCKET_EXISTS_IN_REGION);
          }
          put(list.join());
          put(write.join());
          if (readAbsent != null) {
            put(readAbsent.join());
            return done(null);
          }
          var read =
              write.join().passed() ? bucket.readProbe(s, creds) : bucket.readAbsent(s, creds);
          return guarded(read, Check.READ)
              .thenCompose(
                  r -> {
                    put(r);
                    return done(null);
                  });
        });
  }

  private CompletableFuture<CheckOutcome> guarded(
      CompletableFuture<CheckOutcome> check, Check name) {
    return guard(check, () -> deadline(name));
  }

  /** Completes with {@code onDeadline}'s value if the check is still running at the deadline. */
  private <T> CompletableFuture<T> guard(CompletableFuture<T> check, Supplier<T> onDeadline) {
    // The blocking call may still finish later; its late result is ignored.
    return check.applyToEither(expired.thenApply(ignored -> onDeadline.get()), value -> value);
  }

  private CheckOutcome deadline(Check check) {
    return Diagnoses.deadline(check, s, 0, s.deadline().budget().toMillis());
  }

  private synchronized void put(CheckOutcome outcome) {
    results.put(outcome.check(), outcome);
  }

  /** Every check not yet reported is SKIP after {@code failed}, in the catalogue's order. */
  private synchronized CompletableFuture<List<CheckOutcome>> done(Check failed) {
    for (Check check : Check.values()) {
      if (!results.containsKey(check)) {
        results.put(
            check,
            failed == null
                ? CheckOutcome.skip(check, "NOT_RUN", "Not run.")
                : CheckOutcome.skipAfter(check, failed));
      }
    }
    return CompletableFuture.completedFuture(List.copyOf(results.values()));
  }
}
