package io.storageintegrations.producer.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The producer's {@code producer.vending.stage} timers between two moments: mean, and p50/p90/p99
 * as the upper bound of the histogram bucket they fall in (buckets are about 10-25% apart), so the
 * API latency of one phase can be taken apart into the call to the worker and the audit ack.
 */
final class StageBreakdown {

  static final List<String> STAGES = List.of("worker", "audit");

  private final Map<String, HistogramSnapshot> before = new LinkedHashMap<>();

  private StageBreakdown(MeterRegistry registry, String served) {
    for (String stage : STAGES) {
      before.put(stage, timer(registry, stage, served).takeSnapshot());
    }
  }

  static StageBreakdown since(MeterRegistry registry, String served) {
    return new StageBreakdown(registry, served);
  }

  /** Prints one table row per stage for what was recorded since this was made. */
  void print(MeterRegistry registry, String served, String phase) {
    for (String stage : STAGES) {
      HistogramSnapshot now = timer(registry, stage, served).takeSnapshot();
      HistogramSnapshot then = before.get(stage);
      long count = now.count() - then.count();
      double mean =
          count == 0
              ? 0
              : (now.total(TimeUnit.NANOSECONDS) - then.total(TimeUnit.NANOSECONDS)) / count / 1e6;
      System.out.printf(
          "| %s: %s | %d | %.2f | <= %.2f | <= %.2f | <= %.2f |%n",
          phase,
          stage,
          count,
          mean,
          quantile(then, now, count, 0.50),
          quantile(then, now, count, 0.90),
          quantile(then, now, count, 0.99));
    }
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

  private static Timer timer(MeterRegistry registry, String stage, String served) {
    return registry.find("producer.vending.stage").tags("stage", stage, "served", served).timer();
  }
}
