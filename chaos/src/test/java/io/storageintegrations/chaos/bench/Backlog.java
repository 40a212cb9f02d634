package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.traffic.RequestMix;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps {@code depth} requests published and unanswered, so the worker never waits for work:
 * throughput is the worker's, whatever it is. Latency under it is queueing, not service time.
 */
final class Backlog implements AutoCloseable {

  private final Thread thread;
  private volatile boolean running = true;

  Backlog(Load load, String tag, int depth) {
    thread =
        new Thread(
            () -> {
              int next = 0;
              while (running) {
                if (load.outstanding() < depth) {
                  load.send(RequestMix.healthy(tag, next++ % Load.INTEGRATIONS), System.nanoTime());
                } else {
                  LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500));
                }
              }
            },
            "bench-backlog");
    thread.start();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
  }
}
