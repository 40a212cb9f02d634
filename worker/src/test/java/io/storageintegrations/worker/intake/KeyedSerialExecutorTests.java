package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedSerialExecutorTests {

  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final KeyedSerialExecutor executor = new KeyedSerialExecutor(pool);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void tasksOfOneKeyRunOneAtATimeInOrderWhileKeysRunConcurrently() throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    AtomicInteger concurrentA = new AtomicInteger();
    AtomicInteger maxConcurrentA = new AtomicInteger();
    CompletableFuture<Void> blockB = new CompletableFuture<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      executor.submit(
          "a",
          () ->
              CompletableFuture.runAsync(
                  () -> {
                    maxConcurrentA.accumulateAndGet(concurrentA.incrementAndGet(), Math::max);
                    sleep(2);
                    log.add("a" + n);
                    concurrentA.decrementAndGet();
                  },
                  pool));
    }
    executor.submit("b", () -> blockB);

    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (log.size() < 20 && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(log)
        .containsExactly(
            java.util.stream.IntStream.range(0, 20).mapToObj(i -> "a" + i).toArray(String[]::new));
    assertThat(maxConcurrentA.get()).isEqualTo(1);
    assertThat(executor.activeKeys()).isEqualTo(1); // "b" still running, "a" finished
    blockB.complete(null);
    assertThat(executor.activeKeys()).isZero();
  }

  @Test
  void aFailingTaskDoesNotBlockItsKey() throws Exception {
    CompletableFuture<String> second = new CompletableFuture<>();
    executor.submit(
        "k",
        () -> {
          throw new IllegalStateException("boom");
        });
    executor.submit("k", () -> CompletableFuture.runAsync(() -> second.complete("ran"), pool));

    assertThat(second.get(2, TimeUnit.SECONDS)).isEqualTo("ran");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
