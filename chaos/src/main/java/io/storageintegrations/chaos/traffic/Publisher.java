package io.storageintegrations.chaos.traffic;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes planned requests to the requests topic at a steady rate, as upstream services would
 * (keyed by integration, CloudEvents headers), on its own thread. A request counts as published
 * once the broker acknowledged it; sends wait out a broker outage of up to ten minutes.
 */
public final class Publisher implements AutoCloseable {

  private static final int OUTAGE_TOLERANCE_MS = 600_000;

  private final KafkaProducer<String, byte[]> producer;
  private final List<PlannedRequest> plan;
  private final double perSecond;
  private final Map<String, Integer> partitions = new ConcurrentHashMap<>();
  private final AtomicInteger failed = new AtomicInteger();
  private final Thread thread;

  private Publisher(String bootstrapServers, List<PlannedRequest> plan, double perSecond) {
    this.plan = plan;
    this.perSecond = perSecond;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                OUTAGE_TOLERANCE_MS,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                OUTAGE_TOLERANCE_MS,
                ProducerConfig.CLIENT_ID_CONFIG,
                "chaos-publisher"),
            new StringSerializer(),
            new ByteArraySerializer());
    this.thread = new Thread(this::publishAll, "chaos-publisher");
  }

  public static Publisher start(
      String bootstrapServers, List<PlannedRequest> plan, double perSecond) {
    Publisher publisher = new Publisher(bootstrapServers, plan, perSecond);
    publisher.thread.start();
    return publisher;
  }

  /** Requests the broker acknowledged so far. */
  public int acknowledged() {
    return partitions.size();
  }

  /** Requests whose send failed for good (not published). */
  public int failed() {
    return failed.get();
  }

  /** Waits until every send is acknowledged or failed. */
  public void awaitDone(Duration timeout) {
    try {
      thread.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      throw new IllegalStateException("publishing not done after " + timeout);
    }
  }

  /** The requests topic's partition of every acknowledged request, by requestId. */
  public Map<String, Integer> published() {
    return Map.copyOf(partitions);
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }

  private void publishAll() {
    long start = System.nanoTime();
    long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    for (int i = 0; i < plan.size(); i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      send(plan.get(i));
    }
    producer.flush();
  }

  private void send(PlannedRequest planned) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.REQUESTS,
            planned.request().integrationId(),
            MessageCodec.toJson(planned.request()));
    CloudEventHeaders.forMessage(planned.request(), "/chaos")
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    producer.send(
        record,
        (metadata, exception) -> {
          if (exception == null) {
            partitions.put(planned.requestId(), metadata.partition());
          } else {
            failed.incrementAndGet();
          }
        });
  }
}
