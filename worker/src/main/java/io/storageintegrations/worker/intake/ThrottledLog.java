package io.storageintegrations.worker.intake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * A warning that repeats (every commit, every resend while the broker is away) logged once per
 * interval with how often it happened since, so an outage fills no disk.
 */
final class ThrottledLog {

  private final Logger log;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong nextAt = new AtomicLong(Long.MIN_VALUE);
  private final AtomicInteger suppressed = new AtomicInteger();

  ThrottledLog(Logger log, long intervalNanos, LongSupplier nanoTime) {
    this.log = log;
    this.intervalNanos = intervalNanos;
    this.nanoTime = nanoTime;
  }

  /** Returns whether the line was written. */
  boolean warn(String message, Object... arguments) {
    long now = nanoTime.getAsLong();
    long due = nextAt.get();
    if ((due != Long.MIN_VALUE && now - due < 0)
        || !nextAt.compareAndSet(due, now + intervalNanos)) {
      suppressed.incrementAndGet();
      return false;
    }
    int since = suppressed.getAndSet(0);
    log.warn(
        since == 0 ? message : message + " (and " + since + " more like it since the last line)",
        arguments);
    return true;
  }
}
