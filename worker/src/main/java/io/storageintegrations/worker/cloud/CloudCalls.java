package io.storageintegrations.worker.cloud;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.storageintegrations.worker.config.RetryProperties;
import io.storageintegrations.worker.observability.WorkerMetrics;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The one retrying layer. Each attempt checks the validation's deadline, takes an STS quota permit
 * for AssumeRole (queueing instead of being throttled), runs the blocking SDK call on the I/O pool
 * and is timed. Only transient errors are retried, with exponential back-off and jitter; back-off
 * and quota waits are scheduled, not slept, so they hold no thread.
 */
public final class CloudCalls {

  private final Map<CloudOperation, Retry> retries = new EnumMap<>(CloudOperation.class);
  private final StsQuota quota;
  private final Executor io;
  private final ScheduledExecutorService scheduler;
  private final WorkerMetrics metrics;

  public CloudCalls(
      RetryProperties properties,
      StsQuota quota,
      Executor io,
      ScheduledExecutorService scheduler,
      WorkerMetrics metrics) {
    this.quota = quota;
    this.io = io;
    this.scheduler = scheduler;
    this.metrics = metrics;
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(properties.maxAttempts())
            .intervalFunction(
                IntervalFunction.ofExponentialRandomBackoff(
                    properties.initialBackoff(),
                    properties.multiplier(),
                    properties.randomization(),
                    properties.maxBackoff()))
            .retryOnException(e -> e instanceof CloudCallException c && c.isTransient())
            .failAfterMaxAttempts(false)
            .build();
    for (CloudOperation operation : CloudOperation.values()) {
      Retry retry = Retry.of(operation.name(), config);
      retry.getEventPublisher().onRetry(event -> metrics.retry(operation.name()));
      retries.put(operation, retry);
    }
  }

  /**
   * Runs {@code call} with retries; the future always completes normally with the result. {@code
   * logContext} (request and integration IDs) is put in the MDC of the thread making the call;
   * {@code lane} decides which share of the STS quota an AssumeRole takes.
   */
  public <T> CompletableFuture<CallResult<T>> run(
      CloudOperation operation,
      Deadline deadline,
      Lane lane,
      Map<String, String> logContext,
      Supplier<T> call) {
    AtomicInteger attempts = new AtomicInteger();
    Supplier<CompletionStage<T>> attempt =
        () -> attempt(operation, deadline, lane, call, attempts, logContext);
    return retries
        .get(operation)
        .executeCompletionStage(scheduler, attempt)
        .toCompletableFuture()
        .handle(
            (value, failure) ->
                failure == null
                    ? new CallResult<>(value, null, attempts.get())
                    : new CallResult<>(null, unwrap(operation, failure), attempts.get()));
  }

  private <T> CompletableFuture<T> attempt(
      CloudOperation operation,
      Deadline deadline,
      Lane lane,
      Supplier<T> call,
      AtomicInteger attempts,
      Map<String, String> logContext) {
    long remaining = deadline.remainingNanos();
    if (remaining <= 0) {
      return CompletableFuture.failedFuture(new DeadlineExceededException(operation));
    }
    if (!operation.usesAssumeRoleQuota() || !quota.limited()) {
      attempts.incrementAndGet();
      return CompletableFuture.supplyAsync(() -> timed(operation, call, logContext), io);
    }
    long queued = System.nanoTime();
    return quota
        .acquire(lane, deadline)
        .thenComposeAsync(
            released -> {
              metrics.quotaWait(System.nanoTime() - queued);
              if (!released) {
                return CompletableFuture.failedFuture(new DeadlineExceededException(operation));
              }
              attempts.incrementAndGet();
              return CompletableFuture.completedFuture(timed(operation, call, logContext));
            },
            io);
  }

  private <T> T timed(CloudOperation operation, Supplier<T> call, Map<String, String> context) {
    if (context != null) {
      MDC.setContextMap(context);
    }
    long start = System.nanoTime();
    try {
      T value = call.get();
      metrics.cloudCall(operation.name(), "success", System.nanoTime() - start);
      return value;
    } catch (RuntimeException e) {
      RuntimeException failure = CloudErrors.translate(operation, e);
      String outcome =
          failure instanceof CloudCallException c
              ? c.errorClass().name().toLowerCase(java.util.Locale.ROOT)
              : "deadline";
      metrics.cloudCall(operation.name(), outcome, System.nanoTime() - start);
      throw failure;
    } finally {
      MDC.clear();
    }
  }

  private static RuntimeException unwrap(CloudOperation operation, Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof java.util.concurrent.CompletionException
            || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return CloudErrors.translate(operation, cause);
  }

  /** The shared AssumeRole quota; {@link #unlimited()} when the rate limit is off. */
  public interface StsQuota {

    /**
     * Completes with true when the call may start, or false when it could not start before the
     * deadline (the call is then not made).
     */
    CompletableFuture<Boolean> acquire(Lane lane, Deadline deadline);

    default boolean limited() {
      return true;
    }

    /** This instance's fraction of the fleet (owned partitions / all); ignored when unlimited. */
    default void share(double fraction) {}

    /** The whole {@code perSecond} for this instance, background calls included. */
    static StsQuota limited(double perSecond, ScheduledExecutorService pacer) {
      return new StsPermits(perSecond, 1.0, System::nanoTime, pacer);
    }

    static StsQuota unlimited() {
      return new StsQuota() {
        @Override
        public CompletableFuture<Boolean> acquire(Lane lane, Deadline deadline) {
          return CompletableFuture.completedFuture(true);
        }

        @Override
        public boolean limited() {
          return false;
        }
      };
    }
  }
}
