package io.storageintegrations.producer.registry;

/** One size of the registry benchmark and what it measured. */
record BenchRow(
    int n,
    double readySeconds,
    long registryReplayMs,
    long ledgerReplayMs,
    long heapAfterGcMb,
    long rssMb,
    BenchClients.Latency describe1,
    BenchClients.Latency describe16,
    BenchClients.Latency list1,
    BenchClients.Latency list16) {

  static String header() {
    return "| N | ready s | registry replay s | ledger replay s | heap after GC MB | RSS MB"
        + " | describe p50/p99 ms, 1 client | describe p50/p99 ms, 16 clients"
        + " | list page p50/p99 ms, 1 client | list page p50/p99 ms, 16 clients |\n"
        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  }

  String row() {
    return String.format(
        "| %,d | %.1f | %.1f | %.1f | %,d | %,d | %s | %s | %s | %s |",
        n,
        readySeconds,
        registryReplayMs / 1000.0,
        ledgerReplayMs / 1000.0,
        heapAfterGcMb,
        rssMb,
        cell(describe1),
        cell(describe16),
        cell(list1),
        cell(list16));
  }

  private static String cell(BenchClients.Latency latency) {
    return String.format("%.1f / %.1f", latency.p50(), latency.p99());
  }
}
