package io.storageintegrations.emulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The emulator's notion of now: wall time plus an offset that tests move to expire credentials. */
public final class EmulatorClock {

  private final AtomicLong offsetMillis = new AtomicLong();

  public Instant now() {
    return Instant.ofEpochMilli(millis());
  }

  public long millis() {
    return System.currentTimeMillis() + offsetMillis.get();
  }

  public void set(Instant now) {
    offsetMillis.set(now.toEpochMilli() - System.currentTimeMillis());
  }

  public void advance(Duration by) {
    offsetMillis.addAndGet(by.toMillis());
  }

  public void reset() {
    offsetMillis.set(0);
  }

  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }
}
