package io.storageintegrations.emulator.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls per operation and outcome: {@code OK}, the error code returned (e.g. {@code NoSuchKey},
 * also for injected errors), {@code DROPPED} or {@code HUNG}.
 */
public final class CallCounters {

  public static final String OK = "OK";
  public static final String DROPPED = "DROPPED";
  public static final String HUNG = "HUNG";

  private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

  public void record(String operation, String outcome) {
    counts
        .computeIfAbsent(operation, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(outcome, k -> new LongAdder())
        .increment();
  }

  /** All calls of the operation, whatever their outcome. */
  public long count(String operation) {
    Map<String, LongAdder> byOutcome = counts.get(operation);
    return byOutcome == null ? 0 : byOutcome.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public long count(String operation, String outcome) {
    Map<String, LongAdder> byOutcome = counts.get(operation);
    LongAdder adder = byOutcome == null ? null : byOutcome.get(outcome);
    return adder == null ? 0 : adder.sum();
  }

  public Map<String, Map<String, Long>> snapshot() {
    Map<String, Map<String, Long>> view = new TreeMap<>();
    counts.forEach(
        (op, byOutcome) -> {
          Map<String, Long> inner = new TreeMap<>();
          byOutcome.forEach((outcome, adder) -> inner.put(outcome, adder.sum()));
          view.put(op, inner);
        });
    return view;
  }

  public void reset() {
    counts.clear();
  }
}
