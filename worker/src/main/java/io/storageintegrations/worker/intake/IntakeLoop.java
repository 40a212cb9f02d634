package io.storageintegrations.worker.intake;

import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The consumer loop on its own thread. It hands each record to the per-key executor, commits the
 * done prefix of each partition, pauses while the in-flight limit is reached, commits and forgets
 * revoked partitions, and on stop drains in-flight work up to the drain timeout.
 */
public final class IntakeLoop implements SmartLifecycle, Runnable {

  private static final Logger log = LoggerFactory.getLogger(IntakeLoop.class);
  private static final Duration PAUSED_POLL = Duration.ofMillis(5);

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final RecordHandler handler;
  private final KeyedSerialExecutor keyed;
  private final IntakeProperties properties;
  private final OffsetLedger ledger = new OffsetLedger();
  private final IntakeState state = new IntakeState();
  private volatile boolean stopping;
  private volatile Consumer<String, byte[]> consumer;
  private Thread thread;

  IntakeLoop(
      Supplier<Consumer<String, byte[]>> consumers,
      RecordHandler handler,
      KeyedSerialExecutor keyed,
      IntakeProperties properties) {
    this.consumers = consumers;
    this.handler = handler;
    this.keyed = keyed;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    stopping = false;
    state.started();
    thread = new Thread(this, "worker-intake");
    thread.start();
  }

  @Override
  public void run() {
    try (Consumer<String, byte[]> c = consumers.get()) {
      consumer = c;
      c.subscribe(List.of(Topics.REQUESTS), new Rebalance(c));
      while (!stopping) {
        pollOnce(c);
      }
      drain(c);
    } catch (WakeupException e) {
      log.debug("intake woken up to stop");
    } catch (RuntimeException e) {
      state.failed(e);
      log.error("intake loop stopped: {}", e.toString());
    } finally {
      consumer = null;
      state.stopped();
    }
  }

  private void pollOnce(Consumer<String, byte[]> c) {
    boolean full = ledger.inFlight() >= properties.maxInFlight();
    if (full) {
      c.pause(c.assignment());
    } else if (!c.paused().isEmpty()) {
      c.resume(c.paused());
    }
    state.paused(full);
    for (ConsumerRecord<String, byte[]> record :
        c.poll(full ? PAUSED_POLL : properties.pollTimeout())) {
      dispatch(record);
    }
    state.polled(c.assignment().size());
    commitAsync(c, ledger.advanced());
  }

  private void dispatch(ConsumerRecord<String, byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    OffsetLedger.Ticket ticket = ledger.track(partition, record.offset());
    String key = record.key() != null ? record.key() : "partition:" + record.partition();
    keyed.submit(
        key,
        () -> {
          if (!ledger.isCurrent(ticket)) {
            ledger.complete(ticket); // revoked while queued: the new owner redelivers it
            return CompletableFuture.completedFuture(null);
          }
          CompletableFuture<Void> done;
          try {
            done = handler.handle(record, () -> ledger.isCurrent(ticket));
          } catch (RuntimeException e) {
            log.error("request handling failed unexpectedly: {}", e.toString());
            done = CompletableFuture.failedFuture(e);
          }
          return done.whenComplete((ignored, failure) -> finish(ticket, failure));
        });
  }

  private void finish(OffsetLedger.Ticket ticket, Throwable failure) {
    if (failure == null) {
      ledger.complete(ticket);
    } else {
      // Never commit past a record without an outcome: stop and let the group redeliver it.
      log.error(
          "no outcome for offset {} of {}; stopping intake", ticket.offset(), ticket.partition());
      state.failed(failure);
      stopping = true;
    }
  }

  private void commitAsync(Consumer<String, byte[]> c, Map<TopicPartition, OffsetAndMetadata> o) {
    if (!o.isEmpty()) {
      c.commitAsync(
          o,
          (offsets, failure) -> {
            if (failure != null) {
              log.warn("offset commit failed, retried on the next poll: {}", failure.toString());
              ledger.commitFailed(offsets);
            }
          });
    }
  }

  private void drain(Consumer<String, byte[]> c) {
    long until = System.nanoTime() + properties.drainTimeout().toNanos();
    c.pause(c.assignment());
    while (ledger.inFlight() > 0 && System.nanoTime() < until) {
      c.poll(Duration.ofMillis(50));
      commitAsync(c, ledger.advanced());
    }
    if (ledger.inFlight() > 0) {
      log.warn(
          "{} requests still in flight at shutdown; they will be redelivered", ledger.inFlight());
    }
    c.commitSync(ledger.all());
    ledger.forget(c.assignment()); // nothing is ours any more: late completions publish nothing
  }

  @Override
  public void stop() {
    Thread running;
    synchronized (this) {
      running = thread;
      thread = null;
    }
    if (running == null) {
      return;
    }
    stopping = true;
    try {
      running.join(properties.drainTimeout().toMillis() + TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (running.isAlive()) {
      Consumer<String, byte[]> c = consumer;
      if (c != null) {
        c.wakeup();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  /** Stop before the producer and the SDK clients are closed, start after them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }

  public int inFlight() {
    return ledger.inFlight();
  }

  public IntakeState state() {
    return state;
  }

  private final class Rebalance implements ConsumerRebalanceListener {

    private final Consumer<String, byte[]> c;

    Rebalance(Consumer<String, byte[]> c) {
      this.c = c;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      Map<TopicPartition, OffsetAndMetadata> done = ledger.revoke(partitions);
      if (!done.isEmpty()) {
        c.commitSync(done);
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      ledger.forget(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      log.info("assigned {}", partitions);
    }
  }
}
