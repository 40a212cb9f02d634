package io.storageintegrations.worker.intake;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks one at a time per key, in submission order, and tasks of different keys
 * concurrently. A task counts as running until its future completes.
 */
final class KeyedSerialExecutor {

  private final Map<String, ArrayDeque<Supplier<CompletableFuture<?>>>> waiting = new HashMap<>();
  private final Executor dispatcher;

  KeyedSerialExecutor(Executor dispatcher) {
    this.dispatcher = dispatcher;
  }

  void submit(String key, Supplier<CompletableFuture<?>> task) {
    synchronized (this) {
      ArrayDeque<Supplier<CompletableFuture<?>>> queue = waiting.get(key);
      if (queue != null) {
        queue.add(task);
        return;
      }
      waiting.put(key, new ArrayDeque<>());
    }
    // Off the submitting thread: the consumer loop only dispatches.
    dispatcher.execute(() -> start(key, task));
  }

  synchronized int activeKeys() {
    return waiting.size();
  }

  private void start(String key, Supplier<CompletableFuture<?>> task) {
    CompletableFuture<?> running;
    try {
      running = task.get();
    } catch (RuntimeException e) {
      running = CompletableFuture.failedFuture(e);
    }
    running.whenComplete((ignored, failure) -> next(key));
  }

  private void next(String key) {
    Supplier<CompletableFuture<?>> task;
    synchronized (this) {
      ArrayDeque<Supplier<CompletableFuture<?>>> queue = waiting.get(key);
      task = queue.poll();
      if (task == null) {
        waiting.remove(key);
        return;
      }
    }
    // Off the completing thread, which may be the Kafka producer's I/O thread.
    dispatcher.execute(() -> start(key, task));
  }
}
