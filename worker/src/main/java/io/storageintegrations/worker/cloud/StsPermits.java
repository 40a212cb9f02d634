package io.storageintegrations.worker.cloud;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * This instance's share of the fleet's AssumeRole quota: calls wait in line and one pacer releases
 * them one period (1 / rate) apart, people first. A background call is released only one background
 * period (period / background share) after the previous one, so a sweep uses at most its share and
 * a person never waits behind it. The next release is a period after the last actual one, so a
 * pause (GC, a busy CPU) makes the pacer late, never bursty, and being late never piles up into a
 * lag the line cannot work off. A call that cannot be released before its deadline is refused at
 * once, or when its turn comes. The share follows the partitions this instance owns.
 */
public final class StsPermits implements CloudCalls.StsQuota {

  private final double fleetRatePerSecond;
  private final double backgroundShare;
  private final LongSupplier nanoTime;
  private final ScheduledExecutorService pacer;
  private final ArrayDeque<Waiter> interactive = new ArrayDeque<>();
  private final ArrayDeque<Waiter> background = new ArrayDeque<>();
  private long periodNanos;
  private long nextRelease = Long.MIN_VALUE;
  private long nextBackground = Long.MIN_VALUE;
  private boolean wakeUpScheduled;

  public StsPermits(
      double fleetRatePerSecond,
      double backgroundShare,
      LongSupplier nanoTime,
      ScheduledExecutorService pacer) {
    this.fleetRatePerSecond = fleetRatePerSecond;
    this.backgroundShare = backgroundShare;
    this.nanoTime = nanoTime;
    this.pacer = pacer;
    this.periodNanos = periodFor(1.0);
  }

  /**
   * This instance's fraction of the fleet (owned partitions / all partitions). Zero is ignored:
   * work still running after its partitions left keeps the last share until it ends.
   */
  @Override
  public synchronized void share(double fraction) {
    if (fraction > 0) {
      periodNanos = periodFor(Math.min(1.0, fraction));
    }
  }

  public synchronized double ratePerSecond() {
    return 1e9 / periodNanos;
  }

  @Override
  public synchronized CompletableFuture<Boolean> acquire(Lane lane, Deadline deadline) {
    ArrayDeque<Waiter> line = lane == Lane.BACKGROUND ? background : interactive;
    long spacing = lane == Lane.BACKGROUND ? backgroundPeriod() : periodNanos;
    long estimate = (line.size() + 1L) * spacing;
    if (estimate >= deadline.expiresAtNanos() - nanoTime.getAsLong()) {
      return CompletableFuture.completedFuture(false);
    }
    Waiter waiter = new Waiter(deadline.expiresAtNanos(), new CompletableFuture<>());
    line.add(waiter);
    release();
    return waiter.released();
  }

  /** Releases what may go now and schedules the next wake-up; runs on the pacer. */
  synchronized void release() {
    long now = nanoTime.getAsLong();
    dropExpired(interactive, now);
    dropExpired(background, now);
    if (now >= nextRelease) {
      Waiter next = interactive.poll();
      if (next == null && !background.isEmpty() && now >= nextBackground) {
        next = background.poll();
        nextBackground = now + backgroundPeriod();
      }
      if (next != null) {
        nextRelease = now + periodNanos;
        next.released().complete(true);
      }
    }
    scheduleWakeUp(now);
  }

  private void scheduleWakeUp(long now) {
    if (wakeUpScheduled || (interactive.isEmpty() && background.isEmpty())) {
      return;
    }
    long at = interactive.isEmpty() ? Math.max(nextRelease, nextBackground) : nextRelease;
    wakeUpScheduled = true;
    pacer.schedule(
        () -> {
          synchronized (this) {
            wakeUpScheduled = false;
          }
          release();
        },
        Math.max(0, at - now),
        TimeUnit.NANOSECONDS);
  }

  private static void dropExpired(ArrayDeque<Waiter> line, long now) {
    line.removeIf(
        w -> {
          boolean expired = now >= w.expiresAtNanos();
          if (expired) {
            w.released().complete(false);
          }
          return expired;
        });
  }

  private long backgroundPeriod() {
    return Math.round(periodNanos / backgroundShare);
  }

  private long periodFor(double fraction) {
    return Math.max(1, Math.round(1e9 / (fleetRatePerSecond * fraction)));
  }

  private record Waiter(long expiresAtNanos, CompletableFuture<Boolean> released) {}
}
