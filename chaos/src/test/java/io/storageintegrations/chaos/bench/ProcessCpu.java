package io.storageintegrations.chaos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU of another process from {@code /proc} (Linux): the whole process, including threads that
 * ended, and the share of its JIT compiler threads, which tells when compilation has settled.
 */
record ProcessCpu(long totalMillis, long jitMillis) {

  /** USER_HZ: the unit of {@code /proc} CPU times, 100 on every Linux this runs on. */
  private static final long MILLIS_PER_TICK = 10;

  static ProcessCpu of(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid));
    long total = ticks(read(proc.resolve("stat")));
    long jit = 0;
    try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat = readOrEmpty(task.resolve("stat"));
        if (stat.contains("(C1 CompilerThre") || stat.contains("(C2 CompilerThre")) {
          jit += ticks(stat);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + proc + "/task", e);
    }
    return new ProcessCpu(total * MILLIS_PER_TICK, jit * MILLIS_PER_TICK);
  }

  ProcessCpu minus(ProcessCpu earlier) {
    return new ProcessCpu(totalMillis - earlier.totalMillis, jitMillis - earlier.jitMillis);
  }

  /** utime + stime: fields 14 and 15, counted after the command name, which may hold spaces. */
  private static long ticks(String stat) {
    if (stat.isEmpty()) {
      return 0;
    }
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  /** A thread may end between listing and reading. */
  private static String readOrEmpty(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
