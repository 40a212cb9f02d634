package io.storageintegrations.chaos.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Latency per window and over all windows, exact (every call's time kept), in a table. */
final class LatencyTable {

  private final List<String> rows = new ArrayList<>();

  /**
   * One row per window, one for the last {@value Vends#STEADY} (steady or not, with the goal) and
   * one for all of them.
   */
  void windows(String name, List<long[]> windows, String goal) {
    for (int w = 0; w < windows.size(); w++) {
      rows.add(row(name, Integer.toString(w + 1), windows.get(w), ""));
    }
    List<long[]> last = windows.subList(Math.max(0, windows.size() - Vends.STEADY), windows.size());
    rows.add(
        row(
            name,
            "last " + last.size() + (Vends.steady(windows) ? " (steady)" : " (NOT steady)"),
            last.stream().flatMapToLong(Arrays::stream).toArray(),
            goal));
    rows.add(row(name, "all", windows.stream().flatMapToLong(Arrays::stream).toArray(), ""));
  }

  /** The {@code q} quantile of {@code nanos}, exact. */
  static long quantile(long[] nanos, double q) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
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
