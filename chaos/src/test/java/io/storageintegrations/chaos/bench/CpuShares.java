package io.storageintegrations.chaos.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU that named processes used between two moments, per operation and as a share of the machine's
 * cores: tells whether a latency tail is waiting for a CPU rather than work of its own.
 */
final class CpuShares {

  private final Map<String, Long> pids = new LinkedHashMap<>();
  private final Map<String, ProcessCpu> before = new LinkedHashMap<>();
  private long startNanos;

  /** Adds a process to watch, printed in the order added. */
  CpuShares with(String name, long pid) {
    pids.put(name, pid);
    return this;
  }

  void start() {
    pids.forEach((name, pid) -> before.put(name, ProcessCpu.of(pid)));
    startNanos = System.nanoTime();
  }

  /** One line: each process's CPU ms per operation, and all of them against the cores. */
  String since(int operations, String unit) {
    double elapsedMillis = (System.nanoTime() - startNanos) / 1e6;
    StringBuilder line = new StringBuilder("CPU ms per " + unit + ": ");
    long total = 0;
    for (Map.Entry<String, Long> process : pids.entrySet()) {
      long millis =
          ProcessCpu.of(process.getValue()).minus(before.get(process.getKey())).totalMillis();
      total += millis;
      line.append(String.format("%s %.3f, ", process.getKey(), (double) millis / operations));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return line.append(
            String.format(
                "all %.3f; busy %.0f %% of %d cores (10 ms ticks)",
                (double) total / operations, 100 * total / elapsedMillis / cores, cores))
        .toString();
  }
}
