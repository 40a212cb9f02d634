package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.WorkerFleet;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** The benchmark's two kinds of phase against one running worker. */
final class Phases {

  private static final int STEADY_WINDOWS = 3;
  private static final Duration OPEN_LOOP_WARM_UP = Duration.ofSeconds(5);

  private final Lab lab;
  private final Duration window;
  private final PrintStream out;
  private final List<String> cpuLines = new ArrayList<>();
  private int tags;

  Phases(Lab lab, Duration window, PrintStream out) {
    this.lab = lab;
    this.window = window;
    this.out = out;
  }

  /** The backlog kept at twice the in-flight limit until the windows are steady. */
  Throughput throughput(
      WorkerFleet worker, Load load, String name, int latencyMs, int inFlight, int maxWindows)
      throws InterruptedException {
    out.printf("%n%s, %d ms per cloud call, %d in flight:%n", name, latencyMs, inFlight);
    out.println(Window.header());
    long pid = worker.get(0).pid();
    try (Backlog backlog = new Backlog(load, tag(), Math.max(16, 2 * inFlight))) {
      lab.emulator().resetCounters();
      long answered = load.answered();
      List<Window> windows = Steady.measure(load, pid, window, STEADY_WINDOWS, maxWindows, out);
      double assumeRoles =
          (double) lab.emulator().assumeRoleCalls() / Math.max(1, load.answered() - answered);
      out.println(
          Steady.reached(windows, STEADY_WINDOWS)
              ? "steady"
              : "NOT steady within " + maxWindows + " windows: the last three are reported");
      cpuLines.add(
          name + ", " + latencyMs + " ms, " + inFlight + " in flight: " + cpuShares(load, pid));
      out.println(cpuLines.get(cpuLines.size() - 1));
      long throttled = lab.emulator().throttlingAnswers();
      long heap = HeapAfterGc.megabytes(pid);
      return new Throughput(name, latencyMs, inFlight, windows, heap, assumeRoles, throttled);
    } finally {
      drain(load);
    }
  }

  /** A fixed rate of {@code percent} of {@code capacity}, measured after a short warm-up. */
  OpenLoopRow openLoop(Load load, int latencyMs, int percent, double capacity, Duration length)
      throws InterruptedException {
    double rate = capacity * percent / 100;
    long failedBefore = load.notValidated();
    long answered;
    Histogram micros;
    double seconds;
    try (FixedRate offered = new FixedRate(load, tag(), rate)) {
      Thread.sleep(OPEN_LOOP_WARM_UP.toMillis());
      load.latencySinceLastCall();
      answered = load.answered();
      long start = System.nanoTime();
      Thread.sleep(length.toMillis());
      micros = load.latencySinceLastCall();
      seconds = (System.nanoTime() - start) / 1e9;
      answered = load.answered() - answered;
    }
    drain(load);
    OpenLoopRow row =
        new OpenLoopRow(
            latencyMs,
            percent,
            rate,
            answered / seconds,
            micros,
            load.notValidated() - failedBefore);
    out.println(row.row());
    return row;
  }

  /** What each process of the bench spent per validation in one more window, for the summary. */
  List<String> cpuLines() {
    return List.copyOf(cpuLines);
  }

  /**
   * One more window at the same load, with every process's CPU: the machine's ceiling is what all
   * of them need per validation, not the worker alone.
   */
  private String cpuShares(Load load, long workerPid) throws InterruptedException {
    CpuShares cpu =
        new CpuShares()
            .with("worker", workerPid)
            .with("broker", lab.broker().pid())
            .with("emulator", lab.emulator().pid())
            .with("load (this JVM)", ProcessHandle.current().pid());
    long answered = load.answered();
    cpu.start();
    Thread.sleep(window.toMillis());
    return cpu.since((int) Math.max(1, load.answered() - answered), "validation");
  }

  private String tag() {
    return "bench-" + System.currentTimeMillis() + "-" + tags++;
  }

  /** Waits (up to two minutes) until everything published was answered. */
  private static void drain(Load load) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (load.outstanding() > 0 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
  }
}
