package io.storageintegrations.chaos.bench;

import io.storageintegrations.client.CredentialsClient;
import io.storageintegrations.model.message.AccessMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A job asking for credentials with the jobs' client, one call at a time, timing each at the API (a
 * refusal throws).
 */
final class Vends {

  private static final Duration DURATION = Duration.ofMinutes(15);

  private final CredentialsClient job;
  private final String integrationId;

  Vends(CredentialsClient job, String integrationId) {
    this.job = job;
    this.integrationId = integrationId;
  }

  /** {@code n} calls for one scope: after the first, each is served from the worker's cache. */
  void hits(int n) {
    time(n, false);
  }

  /** {@code n} calls, each for a prefix never asked before: one AssumeRole each. */
  void misses(int n) {
    time(n, true);
  }

  /**
   * Windows of {@code perWindow} calls (at least one) until the last {@value #STEADY} windows' p99s
   * spread (highest minus lowest) no more than 20 % of their median, or {@code maxWindows}:
   * nanoseconds of each call, per window.
   */
  List<long[]> untilSteady(int maxWindows, int perWindow, boolean miss) {
    List<long[]> measured = new ArrayList<>();
    while (measured.isEmpty() || (measured.size() < maxWindows && !steady(measured))) {
      measured.add(time(perWindow, miss));
    }
    return measured;
  }

  static final int STEADY = 3;

  static boolean steady(List<long[]> windows) {
    if (windows.size() < STEADY) {
      return false;
    }
    long[] p99 =
        windows.subList(windows.size() - STEADY, windows.size()).stream()
            .mapToLong(w -> LatencyTable.quantile(w, 0.99))
            .sorted()
            .toArray();
    long median = p99[STEADY / 2];
    return p99[STEADY - 1] - p99[0] <= 0.2 * median;
  }

  private long[] time(int n, boolean miss) {
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      String prefix = miss ? "miss-" + UUID.randomUUID() + "/" : "hit/";
      long start = System.nanoTime();
      job.vend(integrationId, AccessMode.READ_WRITE, prefix, DURATION);
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }
}
