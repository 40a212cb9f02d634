package io.storageintegrations.worker.intake;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Whether the worker reaches the broker: since when offset commits and outcome sends have kept
 * failing. Either succeeding again ends the failure.
 */
public final class BrokerContact {

  private static final long NONE = Long.MIN_VALUE;

  private final LongSupplier nanoTime;
  private final AtomicLong commitsFailingSince = new AtomicLong(NONE);
  private final AtomicLong sendsFailingSince = new AtomicLong(NONE);

  BrokerContact(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  void commitSucceeded() {
    commitsFailingSince.set(NONE);
  }

  void commitFailed() {
    commitsFailingSince.compareAndSet(NONE, nanoTime.getAsLong());
  }

  void sendSucceeded() {
    sendsFailingSince.set(NONE);
  }

  void sendFailed() {
    sendsFailingSince.compareAndSet(NONE, nanoTime.getAsLong());
  }

  /** How long commits or sends have kept failing, in milliseconds; 0 when they do not. */
  public long failingForMillis() {
    long now = nanoTime.getAsLong();
    long since = Math.min(since(commitsFailingSince), since(sendsFailingSince));
    return since == Long.MAX_VALUE ? 0 : Math.max(0, (now - since) / 1_000_000);
  }

  private static long since(AtomicLong failingSince) {
    long since = failingSince.get();
    return since == NONE ? Long.MAX_VALUE : since;
  }
}
