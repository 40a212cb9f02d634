package io.storageintegrations.worker.bench;

/** One benchmark configuration and what it measured. */
record BenchRun(
    String name,
    int requests,
    int outcomes,
    double seconds,
    double perSecond,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double maxMs,
    double workerCpuMsPerValidation,
    double processCpuMsPerValidation,
    long peakHeapMb,
    double assumeRolePerSecond,
    long throttledCalls,
    long throttledOutcomes,
    long validated) {

  static String header() {
    return String.format(
        "| %-31s | %6s | %8s | %7s | %7s | %7s | %7s | %9s | %9s | %6s | %8s | %9s | %9s |",
        "configuration",
        "N",
        "valid./s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "wkr CPU/v",
        "all CPU/v",
        "heap",
        "STS/s",
        "throttled",
        "validated");
  }

  static String rule() {
    return "|"
        + "-".repeat(33)
        + "|"
        + "-".repeat(8)
        + "|"
        + "-".repeat(10)
        + "|"
        + ("-".repeat(9) + "|").repeat(4)
        + "-".repeat(11)
        + "|"
        + "-".repeat(11)
        + "|"
        + "-".repeat(8)
        + "|"
        + "-".repeat(10)
        + "|"
        + "-".repeat(11)
        + "|"
        + "-".repeat(11)
        + "|";
  }

  String row() {
    return String.format(
        "| %-31s | %6d | %8.1f | %7.1f | %7.1f | %7.1f | %7.1f | %6.2f ms | %6.2f ms | %3d MB | %8.1f | %4d/%-4d | %9d |",
        name,
        requests,
        perSecond,
        p50Ms,
        p95Ms,
        p99Ms,
        maxMs,
        workerCpuMsPerValidation,
        processCpuMsPerValidation,
        peakHeapMb,
        assumeRolePerSecond,
        throttledCalls,
        throttledOutcomes,
        validated);
  }
}
