package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.Producer;
import io.storageintegrations.chaos.lab.WorkerFleet;
import io.storageintegrations.cli.ApiClient;
import io.storageintegrations.client.CredentialsClient;
import io.storageintegrations.testsupport.broker.Ports;
import java.net.URI;
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
 * <p>Warm-up: windows of hits until the JIT compilers of both apps have settled (under 2 % of a
 * core each in a window), at most 40. Then hits, and after them misses, in windows until the last
 * three windows' p99s spread no more than 20 % of their median: the table's "last 3" row is the
 * steady state. System properties (maximum windows, calls per window): {@code bench.hit-windows}
 * (30), {@code bench.hits-per-window} (2000), {@code bench.miss-windows} (8), {@code
 * bench.misses-per-window} (100); {@code bench.cloud-ms} (50: each cloud call's latency); {@code
 * bench.producer-jvm} and {@code bench.worker-jvm} (more JVM options, space-separated).
 */
public final class VendingBenchmark {

  /** As deployed (75 % of the 512 MiB pod limit), plus {@code bench.producer-jvm}. */
  static final List<String> PRODUCER_JVM =
      WorkerBenchmark.withExtra(List.of("-XX:+UseG1GC", "-Xmx384m"), "bench.producer-jvm");

  private static final int CLOUD_MS = Integer.getInteger("bench.cloud-ms", 50);
  private static final int MAX_WARM_UP_WINDOWS = 40;

  /** A JIT compiler using less than this share of a core in a window has settled. */
  private static final double SETTLED_JIT_SHARE = 0.02;

  public static void main(String[] args) {
    BenchMain.runAndExit(VendingBenchmark::run);
  }

  private static void run() throws Exception {
    int hitWindows = Integer.getInteger("bench.hit-windows", 30);
    int hitsPerWindow = Integer.getInteger("bench.hits-per-window", 2000);
    int missWindows = Integer.getInteger("bench.miss-windows", 8);
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
      Vends vends =
          new Vends(new CredentialsClient(URI.create(producer.url()), Producer.DEMO_JOB_KEY), id);
      Stages stages = new Stages(producer.managementUrl(), worker.get(0).managementUrl());
      // misses first: their code paths are compiled before the hits' warm-up ends
      vends.misses(missesPerWindow / 2);
      int warmUp = warmUp(vends, hitsPerWindow, producer.pid(), worker.get(0).pid());
      long stsBefore = lab.emulator().assumeRoleCalls();
      CpuShares cpu =
          new CpuShares()
              .with("producer", producer.pid())
              .with("worker", worker.get(0).pid())
              .with("broker", lab.broker().pid())
              .with("emulator", lab.emulator().pid())
              .with("job (this JVM)", ProcessHandle.current().pid());
      Stages.Snapshot beforeHits = stages.snapshot("cache");
      cpu.start();
      List<long[]> hits = vends.untilSteady(hitWindows, hitsPerWindow, false);
      String hitCpu = cpu.since(hits.size() * hitsPerWindow, "cache hit");
      Stages.Snapshot hitStages = stages.snapshot("cache").minus(beforeHits);
      Stages.Snapshot beforeMisses = stages.snapshot("sts");
      List<long[]> misses = vends.untilSteady(missWindows, missesPerWindow, true);
      Stages.Snapshot missStages = stages.snapshot("sts").minus(beforeMisses);
      long stsCalls = lab.emulator().assumeRoleCalls() - stsBefore;

      System.out.printf(
          "%nVending benchmark: producer (%s) and worker (%s) exec jars in their own JVMs, broker"
              + " and emulator in processes of their own; STS answers after %d ms; one job calling"
              + " sequentially; %s; %d cores, JDK %s; logs in %s%n%n",
          String.join(" ", PRODUCER_JVM),
          String.join(" ", WorkerBenchmark.WORKER_JVM),
          CLOUD_MS,
          warmUp <= MAX_WARM_UP_WINDOWS
              ? "JIT settled after " + warmUp + " warm-up windows of hits"
              : "JIT NOT settled after " + MAX_WARM_UP_WINDOWS + " warm-up windows",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"),
          work);
      LatencyTable table = new LatencyTable();
      table.windows("cache hit", hits, "<= 5 ms");
      table.windows("cache miss (1 AssumeRole)", misses, "<= " + (CLOUD_MS + 20) + " ms");
      table.print(System.out);
      System.out.printf(
          "%nAssumeRole calls at the emulator while measuring: %d for %d cache misses and %d hits%n",
          stsCalls, misses.size() * missesPerWindow, hits.size() * hitsPerWindow);
      System.out.println(hitCpu);
      System.out.println();
      System.out.println(Stages.Snapshot.HEADER);
      hitStages.print("cache hit", System.out);
      missStages.print("cache miss", System.out);
    }
  }

  /**
   * Windows of hits until neither app's JIT compiler threads used more than 2 % of a core in one:
   * answers how many it took, or one more than the maximum if they never settled.
   */
  private static int warmUp(Vends vends, int perWindow, long... pids) throws Exception {
    for (int w = 1; w <= MAX_WARM_UP_WINDOWS; w++) {
      ProcessCpu[] before = new ProcessCpu[pids.length];
      for (int i = 0; i < pids.length; i++) {
        before[i] = ProcessCpu.of(pids[i]);
      }
      long start = System.nanoTime();
      vends.hits(perWindow);
      double elapsedMillis = (System.nanoTime() - start) / 1e6;
      boolean settled = true;
      for (int i = 0; i < pids.length; i++) {
        long jit = ProcessCpu.of(pids[i]).minus(before[i]).jitMillis();
        settled &= jit / elapsedMillis < SETTLED_JIT_SHARE;
      }
      if (settled) {
        return w;
      }
    }
    return MAX_WARM_UP_WINDOWS + 1;
  }
}
