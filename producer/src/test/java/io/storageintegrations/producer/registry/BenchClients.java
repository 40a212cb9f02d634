package io.storageintegrations.producer.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/** HTTP clients of the benchmark: each thread sends its requests one after another. */
final class BenchClients {

  /** Percentiles in milliseconds. */
  record Latency(double p50, double p99) {}

  private static final int PAGE_SIZE = 20;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String key;
  private final int n;
  private final int projects;

  BenchClients(int port, String key, int n, int projects) {
    this.base = "http://127.0.0.1:" + port + "/v1/storage-integrations";
    this.key = key;
    this.n = n;
    this.projects = projects;
  }

  void warmUp() throws Exception {
    describe(4, 1_000);
    listPage(4, 500);
  }

  Latency describe(int clients, int perClient) throws Exception {
    return run(clients, perClient, i -> base + "/" + RegistrySamples.id(random(n)));
  }

  /** A random page of 20 of a random project. */
  Latency listPage(int clients, int perClient) throws Exception {
    int perProject = Math.max(1, n / projects);
    int pages = Math.max(1, (perProject + PAGE_SIZE - 1) / PAGE_SIZE);
    return run(
        clients,
        perClient,
        i ->
            base
                + "?projectId="
                + RegistrySamples.project(random(projects), projects)
                + "&size="
                + PAGE_SIZE
                + "&page="
                + random(pages));
  }

  private Latency run(int clients, int perClient, IntFunction<String> url) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      Future<?>[] done = new Future<?>[clients];
      long[] nanos = new long[clients * perClient];
      for (int c = 0; c < clients; c++) {
        int client = c;
        done[c] =
            pool.submit(
                () -> {
                  for (int i = 0; i < perClient; i++) {
                    nanos[client * perClient + i] = call(url.apply(i));
                  }
                  return null;
                });
      }
      for (Future<?> f : done) {
        f.get();
      }
      Arrays.sort(nanos);
      return new Latency(
          nanos[(int) (nanos.length * 0.50)] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    } finally {
      pool.shutdownNow();
    }
  }

  private long call(String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).GET().build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return took;
  }

  private static int random(int bound) {
    return ThreadLocalRandom.current().nextInt(bound);
  }
}
