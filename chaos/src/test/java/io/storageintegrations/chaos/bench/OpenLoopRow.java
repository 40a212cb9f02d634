package io.storageintegrations.chaos.bench;

import org.HdrHistogram.Histogram;

/** One open-loop level: the rate offered, the rate answered, latency from due to outcome. */
record OpenLoopRow(
    int latencyMs, int percent, double offered, double answered, Histogram micros, long failed) {

  String row() {
    return String.format(
        "| %d | %d %% | %.0f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |",
        latencyMs,
        percent,
        offered,
        answered,
        ms(50),
        ms(90),
        ms(99),
        ms(99.9),
        micros.getMaxValue() / 1000.0,
        failed);
  }

  private double ms(double percentile) {
    return micros.getValueAtPercentile(percentile) / 1000.0;
  }

  static String header() {
    return "| ms per cloud call | load | offered /s | answered /s | p50 ms | p90 ms | p99 ms"
        + " | p99.9 ms | max ms | not validated |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  }
}
