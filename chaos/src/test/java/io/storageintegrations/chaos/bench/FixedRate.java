package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.traffic.RequestMix;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: request {@code i} is due at {@code start + i / rate}, whether or not earlier
 * ones were answered, and its latency counts from then, so a stalled worker (or publisher) shows.
 */
final class FixedRate implements AutoCloseable {

  private final Thread thread;
  private volatile boolean running = true;

  FixedRate(Load load, String tag, double perSecond) {
    long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              for (int i = 0; running; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  LockSupport.parkNanos(wait);
                }
                load.send(RequestMix.healthy(tag, i % Load.INTEGRATIONS), due);
              }
            },
            "bench-fixed-rate");
    thread.start();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
  }
}
