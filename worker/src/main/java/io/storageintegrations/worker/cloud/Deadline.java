package io.storageintegrations.worker.cloud;

import java.time.Duration;

/** The point in time by which a whole validation must finish, on the monotonic clock. */
public record Deadline(long expiresAtNanos, Duration budget) {

  public static Deadline in(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  public long remainingNanos() {
    return expiresAtNanos - System.nanoTime();
  }

  public boolean passed() {
    return remainingNanos() <= 0;
  }

  /** {@code timeout} shortened so a call never outlives the deadline (at least 1 ms). */
  public int capMillis(Duration timeout) {
    long remainingMillis = Math.max(1, remainingNanos() / 1_000_000);
    return (int) Math.min(timeout.toMillis(), remainingMillis);
  }
}
