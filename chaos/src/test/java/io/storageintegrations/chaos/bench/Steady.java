package io.storageintegrations.chaos.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Measures windows until the last {@code needed} are settled (JIT quiet) and within {@link
 * #MAX_SPREAD} of their median, or until {@code maxWindows}; what was reached is reported either
 * way, never assumed.
 */
final class Steady {

  static final double MAX_SPREAD = 0.15;

  private Steady() {}

  /** The last {@code needed} windows measured (steady or not: {@link #reached} says). */
  static List<Window> measure(
      Load load, long pid, Duration length, int needed, int maxWindows, PrintStream out)
      throws InterruptedException {
    List<Window> windows = new ArrayList<>();
    long answered = load.answered();
    ProcessCpu cpu = ProcessCpu.of(pid);
    long start = System.nanoTime();
    while (windows.size() < maxWindows) {
      Thread.sleep(length.toMillis());
      long now = System.nanoTime();
      long answeredNow = load.answered();
      ProcessCpu cpuNow = ProcessCpu.of(pid);
      ProcessCpu used = cpuNow.minus(cpu);
      Window window =
          new Window(
              windows.size() + 1,
              (now - start) / 1e9,
              answeredNow - answered,
              used.totalMillis(),
              used.jitMillis());
      out.println(window.row());
      windows.add(window);
      answered = answeredNow;
      cpu = cpuNow;
      start = now;
      if (reached(last(windows, needed), needed)) {
        break;
      }
    }
    return last(windows, needed);
  }

  static boolean reached(List<Window> windows, int needed) {
    return windows.size() == needed
        && windows.stream().allMatch(Window::settled)
        && spread(windows) <= MAX_SPREAD;
  }

  static double median(List<Window> windows, java.util.function.ToDoubleFunction<Window> value) {
    double[] sorted = windows.stream().mapToDouble(value).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** (max - min) / median of the validations per second. */
  static double spread(List<Window> windows) {
    double max =
        windows.stream()
            .max(Comparator.comparingDouble(Window::perSecond))
            .orElseThrow()
            .perSecond();
    double min =
        windows.stream()
            .min(Comparator.comparingDouble(Window::perSecond))
            .orElseThrow()
            .perSecond();
    return (max - min) / median(windows, Window::perSecond);
  }

  private static List<Window> last(List<Window> windows, int count) {
    return List.copyOf(windows.subList(Math.max(0, windows.size() - count), windows.size()));
  }
}
