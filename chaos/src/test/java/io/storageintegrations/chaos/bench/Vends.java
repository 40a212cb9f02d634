package io.storageintegrations.chaos.bench;

import io.storageintegrations.cli.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A job asking for credentials, one call at a time, timing each at the API. */
final class Vends {

  private final ApiClient job;
  private final String path;

  Vends(ApiClient job, String integrationId) {
    this.job = job;
    this.path = "/v1/storage-integrations/" + integrationId + "/credentials";
  }

  /** {@code n} calls for one scope: after the first, each is served from the worker's cache. */
  void hits(int n) throws Exception {
    time(n, false);
  }

  /** {@code n} calls, each for a prefix never asked before: one AssumeRole each. */
  void misses(int n) throws Exception {
    time(n, true);
  }

  /** Nanoseconds of each call, per window. */
  List<long[]> windows(int windows, int perWindow, boolean miss) throws Exception {
    List<long[]> measured = new ArrayList<>();
    for (int w = 0; w < windows; w++) {
      measured.add(time(perWindow, miss));
    }
    return measured;
  }

  private long[] time(int n, boolean miss) throws Exception {
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      String prefix = miss ? "miss-" + UUID.randomUUID() + "/" : "hit/";
      String body =
          "{\"access\":\"READ_WRITE\",\"prefix\":\"" + prefix + "\",\"durationSeconds\":900}";
      long start = System.nanoTime();
      ApiClient.Reply reply = job.post(path, Map.of(), body);
      nanos[i] = System.nanoTime() - start;
      if (reply.status() != 200) {
        throw new IllegalStateException("vend answered " + reply.status() + ": " + reply.body());
      }
    }
    return nanos;
  }
}
