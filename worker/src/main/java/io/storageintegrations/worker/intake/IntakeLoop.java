package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The consumer loop on its own thread. It admits polled records within the in-flight limits ({@link
 * Admission}), hands each to the per-key executor, commits each partition's position with the
 * answered offsets above it, and on stop hands everything back within the drain timeout.
 */
public final class IntakeLoop implements SmartLifecycle, Runnable {

  private static final Logger log = LoggerFactory.getLogger(IntakeLoop.class);
  private static final Duration PAUSED_POLL = Duration.ofMillis(5);

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final RecordHandler handler;
  private final KeyedSerialExecutor keyed;
  private final IntakeProperties properties;
  private final Admission admission;
  private final QuotaShare share;
  private final BrokerContact contact;
  private final ThrottledLog commitWarnings;
  private final OffsetLedger ledger = new OffsetLedger();
  private final IntakeState state = new IntakeState();
  private volatile boolean stopping;
  private volatile Consumer<String, byte[]> consumer;
  private long lastCommitNanos = System.nanoTime();
  private Thread thread;

  IntakeLoop(
      Supplier<Consumer<String, byte[]>> consumers,
      RecordHandler handler,
      KeyedSerialExecutor keyed,
      IntakeProperties properties,
      Admission admission,
      QuotaShare share,
      BrokerContact contact) {
    this.consumers = consumers;
    this.handler = handler;
    this.keyed = keyed;
    this.properties = properties;
    this.admission = admission;
    this.share = share;
    this.contact = contact;
    this.commitWarnings = new ThrottledLog(log, TimeUnit.SECONDS.toNanos(10), System::nanoTime);
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
      c.subscribe(
          Lanes.TOPICS, new Rebalance(c, ledger, admission, share, properties.revokeGrace()));
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
    admission.admit(ledger, this::dispatch);
    Set<TopicPartition> assigned = c.assignment();
    Set<TopicPartition> pause = admission.toPause(assigned, ledger);
    Set<TopicPartition> resume = new HashSet<>(c.paused());
    resume.removeAll(pause);
    c.pause(pause);
    c.resume(resume);
    boolean full = !assigned.isEmpty() && pause.containsAll(assigned);
    state.paused(full);
    admission.hold(c.poll(full ? PAUSED_POLL : properties.pollTimeout()));
    admission.admit(ledger, this::dispatch);
    state.polled(c.assignment().size());
    Map<TopicPartition, OffsetAndMetadata> positions = ledger.advanced();
    if (positions.isEmpty() && System.nanoTime() - lastCommitNanos > keepAliveNanos()) {
      positions =
          ledger.all(); // nothing moved: the same commit again tells whether the broker answers
    }
    commitAsync(c, positions);
  }

  private long keepAliveNanos() {
    return properties.brokerDownAfter().toNanos() / 3;
  }

  private void dispatch(ConsumerRecord<String, byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    OffsetLedger.Ticket ticket = ledger.track(partition, record.offset(), Lanes.of(record.topic()));
    if (ledger.answeredBefore(ticket)) {
      log.debug(
          "{}@{} was answered before it was handed over; skipped", partition, record.offset());
      ledger.answered(ticket);
      return;
    }
    String key = record.key() != null ? record.key() : "partition:" + record.partition();
    keyed.submit(
        key,
        () -> {
          if (!ledger.start(ticket)) {
            ledger.abandoned(ticket); // handed back while queued: the next owner answers it
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
      ledger.answered(ticket);
    } else {
      // Never commit past a record without an outcome: stop and let the group redeliver it.
      log.error(
          "no outcome for offset {} of {}; stopping intake", ticket.offset(), ticket.partition());
      ledger.abandoned(ticket);
      state.failed(failure);
      stopping = true;
    }
  }

  private void commitAsync(Consumer<String, byte[]> c, Map<TopicPartition, OffsetAndMetadata> o) {
    if (o.isEmpty()) {
      return;
    }
    lastCommitNanos = System.nanoTime();
    c.commitAsync(
        o,
        (offsets, failure) -> {
          if (failure == null) {
            contact.commitSucceeded();
          } else {
            contact.commitFailed();
            commitWarnings.warn(
                "offset commit failed, retried on the next poll: {}", failure.toString());
            ledger.commitFailed(offsets);
          }
        });
  }

  /** Hands every partition back: queued records are left, started ones get the drain timeout. */
  private void drain(Consumer<String, byte[]> c) {
    Set<TopicPartition> assigned = c.assignment();
    c.pause(assigned);
    admission.drop(assigned);
    try {
      ledger.handBack(assigned, properties.drainTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (ledger.inFlight() > 0) {
      log.warn(
          "{} requests still in flight at shutdown; they will be redelivered", ledger.inFlight());
    }
    try {
      c.commitSync(ledger.release(assigned), Duration.ofSeconds(5));
    } catch (KafkaException e) {
      log.warn("final commit failed; unfinished records will be redelivered: {}", e.toString());
    }
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

  public BrokerContact brokerContact() {
    return contact;
  }
}
