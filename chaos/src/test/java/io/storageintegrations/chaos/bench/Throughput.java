package io.storageintegrations.chaos.bench;

import java.util.List;

/** A throughput phase's result: its last windows, and what the worker held and called. */
record Throughput(
    String name,
    int latencyMs,
    int inFlight,
    List<Window> windows,
    long heapAfterGcMb,
    double assumeRolesPerValidation,
    long throttled) {

  double perSecond() {
    return Steady.median(windows, Window::perSecond);
  }

  String row() {
    return String.format(
        "| %s | %d | %d | %s | %.1f | %.1f %% | %.3f | %d | %.2f | %d |",
        name,
        latencyMs,
        inFlight,
        windows.stream().map(w -> String.format("%.1f", w.perSecond())).toList(),
        perSecond(),
        Steady.spread(windows) * 100,
        Steady.median(windows, Window::cpuMillisPerValidation),
        heapAfterGcMb,
        assumeRolesPerValidation,
        throttled);
  }

  static String header() {
    return "| configuration | ms per cloud call | in flight | last windows, validations/s"
        + " | median /s | spread | worker CPU ms/validation | heap after GC MB"
        + " | AssumeRole/validation | Throttling answers |\n|---|---:|---:|---|---:|---:|---:|---:|---:|---:|";
  }
}
