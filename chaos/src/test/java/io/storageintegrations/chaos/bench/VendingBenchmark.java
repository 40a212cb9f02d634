package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.Producer;
import io.storageintegrations.chaos.lab.WorkerFleet;
import io.storageintegrations.cli.ApiClient;
import io.storageintegrations.testsupport.broker.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Vending latency at the API, each part in a process of its own as deployed: the producer's and the
 * worker's exec jars (vending on), the broker and the emulator (STS answering after 50 ms), and
 * this JVM as one job calling {@code POST …/credentials} sequentially. Cache hits (one scope) and
 * cache misses (a new prefix each call: one AssumeRole), each in windows after a warm-up, then
 * where the time went, from the apps' own histograms. Not a test.
 *
 * <p>System properties: {@code bench.warm-up} (hits, 20000), {@code bench.hit-windows} (5), {@code
 * bench.hits-per-window} (1000), {@code bench.miss-windows} (3), {@code bench.misses-per-window}
 * (100).
 */
public final class VendingBenchmark {

  static final List<String> PRODUCER_JVM = List.of("-XX:+UseG1GC", "-Xmx384m");
  private static final int CLOUD_MS = 50;

  public static void main(String[] args) {
    // exit either way: the Kafka clients' threads would otherwise keep the JVM up
    try {
      run();
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run() throws Exception {
    int hitWindows = Integer.getInteger("bench.hit-windows", 5);
    int hitsPerWindow = Integer.getInteger("bench.hits-per-window", 1000);
    int missWindows = Integer.getInteger("bench.miss-windows", 3);
    int missesPerWindow = Integer.getInteger("bench.misses-per-window", 100);
    Path work = Files.createTempDirectory("vending-bench");
    String token = UUID.randomUUID() + "-" + UUID.randomUUID();
    int vendingPort = Ports.free();
    try (Lab lab = Lab.start(work, 3, WorkerBenchmark.EMULATOR_JVM);
        WorkerFleet worker =
            WorkerFleet.start(
                lab,
                "vend-bench",
                1,
                Map.of(
                    "worker.vending.enabled",
                    "true",
                    "worker.vending.port",
                    Integer.toString(vendingPort),
                    "worker.vending.token",
                    token,
                    "logging.level.root",
                    "WARN"),
                WorkerBenchmark.WORKER_JVM);
        Producer producer =
            Producer.start(
                lab,
                "producer",
                Map.of(
                    "storage-integrations.vending.worker-url",
                    "http://127.0.0.1:" + vendingPort,
                    "storage-integrations.vending.token",
                    token,
                    "logging.level.root",
                    "WARN"),
                PRODUCER_JVM)) {
      String id =
          ActiveIntegration.create(
              lab.emulator(), new ApiClient(producer.url(), Producer.DEMO_KEY));
      lab.emulator().latency(CLOUD_MS);
      Vends vends = new Vends(new ApiClient(producer.url(), Producer.DEMO_JOB_KEY), id);
      Stages stages = new Stages(producer.managementUrl(), worker.get(0).managementUrl());
      vends.hits(Integer.getInteger("bench.warm-up", 20000));
      vends.misses(missesPerWindow / 2);
      long stsBefore = lab.emulator().assumeRoleCalls();
      Stages.Snapshot beforeHits = stages.snapshot("cache");
      List<long[]> hits = vends.windows(hitWindows, hitsPerWindow, false);
      Stages.Snapshot hitStages = stages.snapshot("cache").minus(beforeHits);
      Stages.Snapshot beforeMisses = stages.snapshot("sts");
      List<long[]> misses = vends.windows(missWindows, missesPerWindow, true);
      Stages.Snapshot missStages = stages.snapshot("sts").minus(beforeMisses);
      long stsCalls = lab.emulator().assumeRoleCalls() - stsBefore;

      System.out.printf(
          "%nVending benchmark: producer (%s) and worker (%s) exec jars in their own JVMs, broker"
              + " and emulator in processes of their own; STS answers after %d ms; one job calling"
              + " sequentially; %d cores, JDK %s; logs in %s%n%n",
          String.join(" ", PRODUCER_JVM),
          String.join(" ", WorkerBenchmark.WORKER_JVM),
          CLOUD_MS,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"),
          work);
      LatencyTable table = new LatencyTable();
      table.windows("cache hit", hits, "<= 5 ms");
      table.windows("cache miss (1 AssumeRole)", misses, "<= " + (CLOUD_MS + 20) + " ms");
      table.print(System.out);
      System.out.printf(
          "%nAssumeRole calls at the emulator while measuring: %d for %d cache misses and %d hits%n",
          stsCalls, missWindows * missesPerWindow, hitWindows * hitsPerWindow);
      System.out.println();
      System.out.println(Stages.Snapshot.HEADER);
      hitStages.print("cache hit", System.out);
      missStages.print("cache miss", System.out);
    }
  }
}
