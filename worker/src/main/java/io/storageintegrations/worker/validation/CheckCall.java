package io.storageintegrations.worker.validation;

import io.storageintegrations.worker.cloud.CallResult;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.CloudOperation;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A check's one cloud call (with retries, through {@link CloudCalls}) judged into its result. */
final class CheckCall {

  private final CloudCalls calls;

  CheckCall(CloudCalls calls) {
    this.calls = calls;
  }

  <T, R> CompletableFuture<R> run(
      CloudOperation operation, Subject s, Supplier<T> call, Judge<T, R> judge) {
    long start = System.nanoTime();
    return calls
        .run(operation, s.deadline(), s.lane(), s.logContext(), call)
        .thenApply(result -> judge.judge(result, (System.nanoTime() - start) / 1_000_000));
  }

  /** The check's verdict on the call's end, given how long the check took. */
  @FunctionalInterface
  interface Judge<T, R> {
    R judge(CallResult<T> result, long ms);
  }
}
