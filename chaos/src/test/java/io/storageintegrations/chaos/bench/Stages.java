package io.storageintegrations.chaos.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a vend's time went, from the apps' own timers: the producer's whole request ({@code
 * http.server.requests}), its call to the worker and its wait for the audit ack ({@code
 * producer.vending.stage}), and the worker's time answering ({@code worker.vending.duration}, hits
 * and misses alike, inside the worker call).
 */
final class Stages {

  private final String producer;
  private final String worker;

  Stages(String producerActuator, String workerActuator) {
    this.producer = producerActuator;
    this.worker = workerActuator;
  }

  /** The timers now, for vends {@code served} from "cache" or "sts". */
  Snapshot snapshot(String served) throws Exception {
    Map<String, PrometheusHistogram> timers = new LinkedHashMap<>();
    timers.put(
        "API (producer)",
        PrometheusHistogram.scrape(
            producer,
            "http_server_requests",
            Map.of(
                "uri", "/v1/storage-integrations/{integrationId}/credentials", "status", "200")));
    for (String stage : new String[] {"worker", "audit"}) {
      timers.put(
          stage.equals("worker") ? "call to the worker" : "audit ack",
          PrometheusHistogram.scrape(
              producer, "producer_vending_stage", Map.of("stage", stage, "served", served)));
    }
    timers.put(
        "at the worker", PrometheusHistogram.scrape(worker, "worker_vending_duration", Map.of()));
    timers.put(
        "at the worker: STS quota wait",
        PrometheusHistogram.scrape(worker, "worker_sts_quota_wait", Map.of()));
    timers.put(
        "at the worker: AssumeRole call",
        PrometheusHistogram.scrape(
            worker,
            "worker_cloud_calls",
            Map.of("operation", "ASSUME_ROLE", "outcome", "success")));
    return new Snapshot(timers);
  }

  /** Timers at one moment, or (after {@link #minus}) what a phase recorded. */
  record Snapshot(Map<String, PrometheusHistogram> timers) {

    static final String HEADER =
        "Inside the apps (their timers; percentiles are bucket upper bounds)\n\n"
            + "| phase: stage | calls | mean ms | p50 ms | p90 ms | p99 ms |\n"
            + "|---|---:|---:|---:|---:|---:|";

    Snapshot minus(Snapshot earlier) {
      Map<String, PrometheusHistogram> difference = new LinkedHashMap<>();
      timers.forEach((name, now) -> difference.put(name, now.minus(earlier.timers.get(name))));
      return new Snapshot(difference);
    }

    void print(String phase, PrintStream out) {
      timers.forEach(
          (name, h) ->
              out.printf(
                  "| %s: %s | %d | %.2f | %s | %s | %s |%n",
                  phase,
                  name,
                  h.count(),
                  h.meanMillis(),
                  bound(h, 0.50),
                  bound(h, 0.90),
                  bound(h, 0.99)));
    }

    private static String bound(PrometheusHistogram h, double q) {
      return h.count() == 0 || h.buckets().isEmpty()
          ? "–"
          : String.format("<= %.2f", h.quantileMillis(q));
    }
  }
}
