package io.storageintegrations.worker.cloud;

import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * This instance's share of the fleet's AssumeRole quota, as a calendar of reserved call times at
 * least one period (1 / rate) apart, so no window of the service sees more than the rate. Every
 * call takes the earliest free time; a background call also stays one background period (period /
 * background share) after the previous background call, so a sweep uses at most its share and a
 * person's call takes the free times between a sweep's reservations instead of queueing behind
 * them. The share follows the partitions this instance owns.
 */
public final class StsPermits implements CloudCalls.StsQuota {

  private final double fleetRatePerSecond;
  private final double backgroundShare;
  private final long maxWaitNanos;
  private final LongSupplier nanoTime;
  private final TreeSet<Long> reserved = new TreeSet<>();
  private long periodNanos;
  private long nextBackground = Long.MIN_VALUE;
  private long lastStart = Long.MIN_VALUE;

  public StsPermits(
      double fleetRatePerSecond, double backgroundShare, long maxWaitNanos, LongSupplier nanoTime) {
    this.fleetRatePerSecond = fleetRatePerSecond;
    this.backgroundShare = backgroundShare;
    this.maxWaitNanos = maxWaitNanos;
    this.nanoTime = nanoTime;
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
  public synchronized long reserve(Lane lane) {
    long now = nanoTime.getAsLong();
    reserved.headSet(now - periodNanos).clear();
    long earliest = lane == Lane.BACKGROUND ? Math.max(now, nextBackground) : now;
    long at = firstFreeFrom(earliest);
    if (at - now > maxWaitNanos) {
      return -1;
    }
    reserved.add(at);
    if (lane == Lane.BACKGROUND) {
      nextBackground = at + Math.round(periodNanos / backgroundShare);
    }
    return at - now;
  }

  /**
   * Reserved times say when calls should start; a pause (GC, a busy CPU) can make several start at
   * once. So a call also starts only a period (less a 2 % tolerance for timer jitter) after the
   * previous start, and otherwise waits the returned nanoseconds and asks again.
   */
  @Override
  public synchronized long startDelay() {
    long now = nanoTime.getAsLong();
    long earliest = lastStart == Long.MIN_VALUE ? now : lastStart + periodNanos - periodNanos / 50;
    if (now >= earliest) {
      lastStart = now;
      return 0;
    }
    return earliest - now;
  }

  private long firstFreeFrom(long start) {
    long at = start;
    while (true) {
      Long before = reserved.floor(at);
      if (before != null && at - before < periodNanos) {
        at = before + periodNanos;
        continue;
      }
      Long after = reserved.ceiling(at);
      if (after != null && after - at < periodNanos) {
        at = after + periodNanos;
        continue;
      }
      return at;
    }
  }

  private long periodFor(double fraction) {
    return Math.max(1, Math.round(1e9 / (fleetRatePerSecond * fraction)));
  }
}
