package io.storageintegrations.chaos.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Latency per window and over all windows, exact (every call's time kept), in a table. */
final class LatencyTable {

  private final List<String> rows = new ArrayList<>();

  /** One row per window, then one for all of them with the goal. */
  void windows(String name, List<long[]> windows, String goal) {
    for (int w = 0; w < windows.size(); w++) {
      rows.add(row(name, Integer.toString(w + 1), windows.get(w), ""));
    }
    long[] all = windows.stream().flatMapToLong(Arrays::stream).toArray();
    rows.add(row(name, "all", all, goal));
  }

  void print(PrintStream out) {
    out.println("| case | window | calls | p50 ms | p90 ms | p99 ms | max ms | goal p99 |");
    out.println("|---|---|---:|---:|---:|---:|---:|---|");
    rows.forEach(out::println);
  }

  private static String row(String name, String window, long[] nanos, String goal) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %s |",
        name,
        window,
        sorted.length,
        ms(sorted, 0.50),
        ms(sorted, 0.90),
        ms(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6,
        goal);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
