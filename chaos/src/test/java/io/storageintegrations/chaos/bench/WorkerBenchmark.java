package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.WorkerFleet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The worker's exec jar in its own JVM (as deployed: G1, 576 MB heap, the 768 MiB pod limit's 75
 * %), the broker and the emulator in processes of their own, this JVM the load. For each cloud
 * latency: throughput with the backlog kept full until three windows are steady, then open-loop
 * latency at 10, 50 and 90 % of it. Then 1,000 in flight, the STS quota on, and one at a time. Not
 * a test.
 *
 * <p>System properties: {@code bench.latencies} (ms, default {@code 0,50}), {@code
 * bench.window-seconds} (10), {@code bench.max-windows} (36), {@code bench.open-loop-seconds} (20),
 * {@code bench.only-first} (true: the first latency's throughput phase alone, e.g. to profile),
 * {@code bench.in-flight} (256: the first worker's limit) and {@code bench.worker-properties}
 * ({@code key=value,…}, every worker).
 */
public final class WorkerBenchmark {

  static final List<String> WORKER_JVM = workerJvm();

  /**
   * The emulator remembers STS nonces for twice the clock skew it allows; with 60 s instead of 15
   * minutes that is about 200,000 at 1,600 AssumeRole calls a second, and G1 keeps its pauses out
   * of the worker's latency (ParallelGC's full collections of a multi-GB heap took seconds).
   */
  static final List<String> EMULATOR_JVM = List.of("-Xmx1g", "-XX:+UseG1GC");

  private static final int EMULATOR_CLOCK_SKEW_SECONDS = 60;

  private static final int PARTITIONS = 6;
  private static final int STEADY_WINDOWS = 3;
  private static final PrintStream OUT = System.out;

  public static void main(String[] args) {
    BenchMain.runAndExit(WorkerBenchmark::run);
  }

  private static void run() throws Exception {
    Duration window = Duration.ofSeconds(Integer.getInteger("bench.window-seconds", 10));
    int maxWindows = Integer.getInteger("bench.max-windows", 36);
    Duration openLoop = Duration.ofSeconds(Integer.getInteger("bench.open-loop-seconds", 20));
    List<Integer> latencies =
        List.of(System.getProperty("bench.latencies", "0,50").split(",")).stream()
            .map(Integer::valueOf)
            .toList();
    Path work = Files.createTempDirectory("worker-bench");
    List<Throughput> throughput = new ArrayList<>();
    List<OpenLoopRow> latency = new ArrayList<>();
    try (Lab lab = Lab.start(work, PARTITIONS, EMULATOR_JVM)) {
      lab.emulator().stsQuota(0);
      lab.emulator().maxClockSkew(EMULATOR_CLOCK_SKEW_SECONDS);
      Phases phases = new Phases(lab, window, OUT);
      // One worker for every latency: the JIT's work on the shared code is done once, so each
      // latency is measured warm (a fresh JVM needs minutes of this load to settle).
      int inFlight = Integer.getInteger("bench.in-flight", 256);
      try (WorkerFleet worker = start(lab, inFlight);
          Load load = new Load(lab.bootstrapServers(), PARTITIONS)) {
        for (int ms : latencies) {
          lab.emulator().latency(ms);
          Throughput full = phases.throughput(worker, load, "quota off", ms, inFlight, maxWindows);
          throughput.add(full);
          if (Boolean.getBoolean("bench.only-first")) {
            print(throughput, latency, phases.cpuLines(), work);
            return;
          }
          for (int percent : List.of(10, 50, 90)) {
            latency.add(phases.openLoop(load, ms, percent, full.perSecond(), openLoop));
          }
        }
      }
      lab.emulator().latency(50);
      try (WorkerFleet worker = start(lab, 1000);
          Load load = new Load(lab.bootstrapServers(), PARTITIONS)) {
        throughput.add(phases.throughput(worker, load, "quota off", 50, 1000, maxWindows));
      }
      try (WorkerFleet worker = start(lab, 1);
          Load load = new Load(lab.bootstrapServers(), PARTITIONS)) {
        throughput.add(phases.throughput(worker, load, "one at a time", 50, 1, STEADY_WINDOWS + 3));
      }
      print(throughput, latency, phases.cpuLines(), work);
    }
  }

  /** As deployed, plus {@code bench.worker-jvm} (space-separated; e.g. a flight recording). */
  private static List<String> workerJvm() {
    return withExtra(List.of("-XX:+UseG1GC", "-Xmx576m"), "bench.worker-jvm");
  }

  /** {@code options}, then the space-separated ones of system property {@code property}. */
  static List<String> withExtra(List<String> options, String property) {
    List<String> all = new ArrayList<>(options);
    String extra = System.getProperty(property, "").trim();
    if (!extra.isEmpty()) {
      all.addAll(List.of(extra.split(" ")));
    }
    return List.copyOf(all);
  }

  private static WorkerFleet start(Lab lab, int inFlight) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("worker.sts.rate-limit-enabled", "false");
    properties.put("worker.intake.max-in-flight", Integer.toString(inFlight));
    properties.put("spring.kafka.consumer.auto-offset-reset", "latest");
    properties.put("logging.level.root", "WARN");
    for (String setting : System.getProperty("bench.worker-properties", "").split(",")) {
      int equals = setting.indexOf('=');
      if (equals > 0) {
        properties.put(setting.substring(0, equals), setting.substring(equals + 1));
      }
    }
    String group = "bench-" + inFlight + "-" + UUID.randomUUID().toString().substring(0, 8);
    return WorkerFleet.start(lab, group, 1, properties, WORKER_JVM);
  }

  private static void print(
      List<Throughput> throughput, List<OpenLoopRow> latency, List<String> cpu, Path work) {
    OUT.println();
    OUT.printf(
        "Worker benchmark: worker exec jar in its own JVM (%s), broker and emulator (%s, clock"
            + " skew %d s) in processes of their own, %d partitions, %d integrations in turn, %d cores, JDK %s; logs in %s%n",
        String.join(" ", WORKER_JVM),
        String.join(" ", EMULATOR_JVM),
        EMULATOR_CLOCK_SKEW_SECONDS,
        PARTITIONS,
        Load.INTEGRATIONS,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        work);
    OUT.println();
    OUT.println(Throughput.header());
    throughput.forEach(t -> OUT.println(t.row()));
    throughput.stream()
        .filter(t -> t.name().equals("one at a time"))
        .findFirst()
        .ifPresent(
            serial ->
                throughput.stream()
                    .filter(
                        t -> t.latencyMs() == serial.latencyMs() && t.name().equals("quota off"))
                    .forEach(
                        t ->
                            OUT.printf(
                                "%d in flight / one at a time: %.0fx%n",
                                t.inFlight(), t.perSecond() / serial.perSecond())));
    OUT.println();
    cpu.forEach(OUT::println);
    OUT.println();
    OUT.println(
        "Open loop, 256 in flight: latency from the moment a request was due to its outcome");
    OUT.println(OpenLoopRow.header());
    latency.forEach(r -> OUT.println(r.row()));
  }
}
