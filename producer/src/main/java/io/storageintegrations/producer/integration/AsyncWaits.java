package io.storageintegrations.producer.integration;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ?wait=} without a request thread: the answer is built when the awaited signal arrives, the
 * wait runs out, or the producer shuts down (then at once, so shutdown never waits for a waiting
 * caller).
 */
@Component
class AsyncWaits {

  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  <T> CompletableFuture<T> answer(CompletableFuture<?> signal, Duration wait, Supplier<T> answer) {
    if (wait.isZero() || wait.isNegative() || signal.isDone() || closing) {
      signal.cancel(false);
      return CompletableFuture.completedFuture(answer.get());
    }
    CompletableFuture<Void> wake = new CompletableFuture<>();
    pending.add(wake);
    signal.whenComplete((value, failure) -> wake.complete(null));
    wake.completeOnTimeout(null, wait.toMillis(), TimeUnit.MILLISECONDS);
    if (closing) {
      wake.complete(null);
    }
    return wake.handle(
        (ignored, failure) -> {
          pending.remove(wake);
          signal.cancel(false);
          return answer.get();
        });
  }

  @EventListener(ContextClosedEvent.class)
  void answerEveryWaitNow() {
    closing = true;
    pending.forEach(wake -> wake.complete(null));
  }
}
