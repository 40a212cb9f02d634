package io.storageintegrations.chaos.lab;

import java.time.Duration;

/** Waiting between polls of a condition, and a fault's deliberate pause (the broker's outage). */
public final class Pause {

  private Pause() {}

  public static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  public static void of(Duration duration) {
    millis(duration.toMillis());
  }
}
