package io.storageintegrations.producer.status;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.producer.integration.IntegrationView;
import io.storageintegrations.producer.limits.LimitsProperties;
import io.storageintegrations.producer.problem.RateLimitedException;
import io.storageintegrations.producer.registry.LastVended;
import io.storageintegrations.producer.registry.RegistryChange;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open status streams. A stream starts with the project's first {@value #FIRST_PAGE}
 * integrations (oldest first), then sends every change of the project. Every stream sends through
 * one bounded pool shared by all (in order per stream), answers a first comment at once, sends a
 * keep-alive comment every heartbeat, ends after the configured timeout, and is closed the moment
 * the producer starts shutting down, so that open streams never hold up a stop.
 */
@Component
class StatusStreams {

  /** How many integrations (oldest first) a new stream gets before the changes. */
  static final int FIRST_PAGE = 100;

  private final RegistryView view;
  private final LastVended lastVended;
  private final LimitsProperties limits;
  private final ThreadPoolExecutor senders;
  private final ScheduledExecutorService heartbeats;
  private final Map<String, AtomicInteger> perKey = new ConcurrentHashMap<>();
  private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  StatusStreams(RegistryView view, LastVended lastVended, LimitsProperties limits) {
    this.view = view;
    this.lastVended = lastVended;
    this.limits = limits;
    AtomicInteger threads = new AtomicInteger();
    this.senders =
        new ThreadPoolExecutor(
            limits.streamSenderThreads(),
            limits.streamSenderThreads(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000),
            r -> daemon(r, "sse-sender-" + threads.incrementAndGet()));
    this.senders.allowCoreThreadTimeOut(true);
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sse-heartbeat"));
  }

  SseEmitter open(Caller caller, String project) {
    AtomicInteger mine = perKey.computeIfAbsent(caller.name(), k -> new AtomicInteger());
    if (closing) {
      throw new RateLimitedException("the producer is shutting down; reconnect to another", 1);
    }
    if (mine.incrementAndGet() > limits.streamsPerKey() || open.size() >= limits.maxStreams()) {
      mine.decrementAndGet();
      throw new RateLimitedException(
          "too many open status streams (at most "
              + limits.streamsPerKey()
              + " per API key); close one first",
          limits.streamHeartbeat().toSeconds() + 1);
    }
    SseEmitter emitter = new SseEmitter(limits.streamTimeout().toMillis());
    open.add(emitter);
    SerialExecutor sender = new SerialExecutor(senders);
    // The first bytes leave as soon as the handler returns, even for a project with nothing in it.
    sendOrEnd(emitter, SseEmitter.event().comment("connected"));
    AutoCloseable subscription =
        view.subscribe(
            change -> {
              if (change.projectId().equals(project)) {
                queue(sender, emitter, () -> sendChange(emitter, change));
              }
            });
    // The first page only, not the whole project: a stream per connect must not cost N records.
    for (IntegrationRecord record : view.page(project, null, 0, FIRST_PAGE).items()) {
      RegistryChange current = new RegistryChange(record.integrationId(), project, record);
      queue(sender, emitter, () -> sendChange(emitter, current));
    }
    var heartbeat =
        heartbeats.scheduleAtFixedRate(
            () ->
                queue(
                    sender,
                    emitter,
                    () -> sendOrEnd(emitter, SseEmitter.event().comment("keep-alive"))),
            limits.streamHeartbeat().toMillis(),
            limits.streamHeartbeat().toMillis(),
            TimeUnit.MILLISECONDS);
    Runnable cleanup =
        () -> {
          if (open.remove(emitter)) {
            mine.decrementAndGet();
            heartbeat.cancel(false);
            try {
              subscription.close();
            } catch (Exception ignored) {
              // nothing to release
            }
          }
        };
    emitter.onCompletion(cleanup);
    emitter.onTimeout(emitter::complete);
    emitter.onError(e -> cleanup.run());
    return emitter;
  }

  int openStreams() {
    return open.size();
  }

  /** First of all at shutdown: end every stream so the web server has nothing left to wait for. */
  @EventListener(ContextClosedEvent.class)
  void closeAll() {
    closing = true;
    open.forEach(SseEmitter::complete);
  }

  @PreDestroy
  void stop() {
    heartbeats.shutdownNow();
    senders.shutdownNow();
  }

  private static void queue(SerialExecutor sender, SseEmitter emitter, Runnable send) {
    try {
      sender.execute(send);
    } catch (RejectedExecutionException full) {
      emitter.completeWithError(full); // the client reconnects and starts from a fresh snapshot
    }
  }

  private void sendChange(SseEmitter emitter, RegistryChange change) {
    if (change.deleted()) {
      sendOrEnd(
          emitter,
          SseEmitter.event()
              .name("deleted")
              .id(change.integrationId())
              .data(Map.of("integrationId", change.integrationId()), MediaType.APPLICATION_JSON));
    } else {
      sendOrEnd(
          emitter,
          SseEmitter.event()
              .name("integration")
              .id(change.integrationId() + "@" + change.record().revision())
              .data(
                  IntegrationView.of(change.record(), lastVended.of(change.integrationId())),
                  MediaType.APPLICATION_JSON));
    }
  }

  private static void sendOrEnd(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
