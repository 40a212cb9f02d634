package io.storageintegrations.emulator.fault;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Added response latency in milliseconds: FIXED uses {@code a}; UNIFORM draws from [a, b];
 * LOG_NORMAL has median {@code a} and shape (sigma) {@code b}.
 */
public record Latency(Kind kind, double a, double b) {

  /** Distribution kinds. */
  public enum Kind {
    FIXED,
    UNIFORM,
    LOG_NORMAL
  }

  public Latency {
    if (kind == null || a < 0 || b < 0 || (kind == Kind.UNIFORM && b < a)) {
      throw new IllegalArgumentException("latency needs a kind and 0 <= a (<= b for UNIFORM)");
    }
  }

  public static Latency fixed(long millis) {
    return new Latency(Kind.FIXED, millis, 0);
  }

  public static Latency uniform(long minMillis, long maxMillis) {
    return new Latency(Kind.UNIFORM, minMillis, maxMillis);
  }

  public static Latency logNormal(double medianMillis, double sigma) {
    return new Latency(Kind.LOG_NORMAL, medianMillis, sigma);
  }

  long sampleMillis() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return switch (kind) {
      case FIXED -> Math.round(a);
      case UNIFORM -> Math.round(a + random.nextDouble() * (b - a));
      case LOG_NORMAL -> Math.round(a * Math.exp(b * random.nextGaussian()));
    };
  }
}
