package io.storageintegrations.worker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** CPU time per thread group (worker, emulator, broker, load generator), as deltas. */
final class ThreadCpu {

  private final Map<Long, Long> before = snapshot();

  static Map<Long, Long> snapshot() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      cpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
    }
    return cpu;
  }

  /** Milliseconds of CPU per group since construction, for threads alive now. */
  Map<String, Long> groupsMillis() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long now = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      long delta = now - before.getOrDefault(info.getThreadId(), 0L);
      groups.merge(group(info.getThreadName()), delta / 1_000_000, Long::sum);
    }
    return groups;
  }

  static String group(String name) {
    if (name.startsWith("worker-") || name.contains("worker-outcomes")) {
      return "worker";
    }
    if (name.startsWith("emulator-") || name.startsWith("HTTP-Dispatcher")) {
      return "emulator";
    }
    if (name.startsWith("bench-") || name.contains("producer-")) {
      return "load";
    }
    if (name.contains("kafka")
        || name.contains("raft")
        || name.contains("broker")
        || name.contains("coordinator")
        || name.contains("data-plane")
        || name.contains("controller")
        || name.contains("ExpirationReaper")
        || name.contains("LogCleaner")
        || name.contains("metadata")) {
      return "broker";
    }
    return "other:" + name.replaceAll("\\d+", "N");
  }
}
