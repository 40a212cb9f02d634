package io.storageintegrations.emulator.fault;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the installed faults by operation name ({@code sts:AssumeRole}, {@code oss:PutObject}, or
 * the wildcards {@code oss:*}, {@code sts:*}, {@code *}) and decides per call.
 */
public final class FaultInjector {

  private record Installed(FaultSpec spec, AtomicInteger remaining) {}

  private final Map<String, Installed> faults = new ConcurrentHashMap<>();

  public void set(String operation, FaultSpec spec) {
    faults.put(operation, new Installed(spec, new AtomicInteger(spec.times())));
  }

  public void clear(String operation) {
    faults.remove(operation);
  }

  public void clear() {
    faults.clear();
  }

  public Map<String, FaultSpec> installed() {
    Map<String, FaultSpec> view = new java.util.TreeMap<>();
    faults.forEach((op, f) -> view.put(op, f.spec()));
    return view;
  }

  public FaultDecision decide(String operation) {
    if (faults.isEmpty()) {
      return FaultDecision.NONE;
    }
    Installed installed = lookup(operation);
    if (installed == null) {
      return FaultDecision.NONE;
    }
    FaultSpec spec = installed.spec();
    long latency = spec.latency() == null ? 0 : Math.max(0, spec.latency().sampleMillis());
    ThreadLocalRandom random = ThreadLocalRandom.current();
    FaultDecision.Action action = FaultDecision.Action.NONE;
    if (spec.dropRate() > 0 && random.nextDouble() < spec.dropRate()) {
      action = FaultDecision.Action.DROP;
    } else if (spec.hangRate() > 0 && random.nextDouble() < spec.hangRate()) {
      action = FaultDecision.Action.HANG;
    } else if (spec.errorRate() > 0 && random.nextDouble() < spec.errorRate()) {
      action = FaultDecision.Action.ERROR;
    }
    if (action != FaultDecision.Action.NONE && spec.times() > 0) {
      if (installed.remaining().getAndDecrement() <= 0) {
        action = FaultDecision.Action.NONE;
      }
    }
    if (action == FaultDecision.Action.NONE && latency == 0) {
      return FaultDecision.NONE;
    }
    long hang = spec.hangMillis() > 0 ? spec.hangMillis() : 600_000;
    return new FaultDecision(
        action, latency, spec.errorCode(), spec.errorStatus(), spec.errorMessage(), hang);
  }

  private Installed lookup(String operation) {
    Installed exact = faults.get(operation);
    if (exact != null) {
      return exact;
    }
    int colon = operation.indexOf(':');
    if (colon > 0) {
      Installed service = faults.get(operation.substring(0, colon + 1) + "*");
      if (service != null) {
        return service;
      }
    }
    return faults.get("*");
  }
}
