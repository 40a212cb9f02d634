package io.storageintegrations.producer.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Timers between two moments: mean, and p50/p90/p99 as the upper bound of the histogram bucket they
 * fall in (buckets are about 10-25% apart), so the API latency of one phase can be taken apart: the
 * producer's {@code producer.vending.stage} (the call to the worker, the audit ack) and the
 * worker's own {@code worker.vending.duration} (its time answering, inside that call).
 */
final class StageBreakdown {

  private final Map<String, Timer> timers = new LinkedHashMap<>();
  private final Map<String, HistogramSnapshot> before = new LinkedHashMap<>();

  /** Starts counting now, for a phase whose vends are {@code served} from "cache" or "sts". */
  static StageBreakdown since(MeterRegistry producer, MeterRegistry worker, String served) {
    StageBreakdown breakdown = new StageBreakdown();
    for (String stage : new String[] {"worker", "audit"}) {
      breakdown.add(
          stage,
          producer.find("producer.vending.stage").tags("stage", stage, "served", served).timer());
    }
    breakdown.add("at the worker", worker.find("worker.vending.duration").timer());
    return breakdown;
  }

  private void add(String label, Timer timer) {
    if (timer != null) {
      timers.put(label, timer);
      before.put(label, timer.takeSnapshot());
    }
  }

  /** Prints one table row per timer for what was recorded since this was made. */
  void print(String phase) {
    timers.forEach(
        (label, timer) -> {
          HistogramSnapshot now = timer.takeSnapshot();
          HistogramSnapshot then = before.get(label);
          long count = now.count() - then.count();
          double nanos = now.total(TimeUnit.NANOSECONDS) - then.total(TimeUnit.NANOSECONDS);
          System.out.printf(
              "| %s: %s | %d | %.2f | <= %.2f | <= %.2f | <= %.2f |%n",
              phase,
              label,
              count,
              count == 0 ? 0 : nanos / count / 1e6,
              quantile(then, now, count, 0.50),
              quantile(then, now, count, 0.90),
              quantile(then, now, count, 0.99));
        });
  }

  private static double quantile(
      HistogramSnapshot then, HistogramSnapshot now, long count, double q) {
    CountAtBucket[] a = then.histogramCounts();
    CountAtBucket[] b = now.histogramCounts();
    double wanted = Math.ceil(q * count);
    for (int i = 0; i < b.length; i++) {
      if (b[i].count() - a[i].count() >= wanted) {
        return b[i].bucket(TimeUnit.MILLISECONDS);
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
