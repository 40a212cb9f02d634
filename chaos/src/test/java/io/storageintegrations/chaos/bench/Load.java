package io.storageintegrations.chaos.bench;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.LifecycleMark;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.OutcomeIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Requests out, outcomes in, as the producer and the registry see them: each request is published
 * as the producer publishes it (marked, keyed by integration) at a moment it was <em>due</em>, and
 * the time from due to its outcome on the events topic is recorded. Drivers decide when requests
 * are due; a late publish is billed to the latency, never hidden (no coordinated omission).
 */
final class Load implements AutoCloseable {

  /**
   * Requests name this many integrations in turn, as a fleet re-validates the ones it has: each
   * integration's probe object is overwritten, not added, so the emulator's store stays bounded.
   * Consecutive requests name different integrations, so no two in flight share a key.
   */
  static final int INTEGRATIONS = 20_000;

  private static final byte[] VALIDATED =
      MessageType.INTEGRATION_VALIDATED.ceType().getBytes(StandardCharsets.UTF_8);

  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Long> dueNanos = new ConcurrentHashMap<>();
  private final Recorder latencyMicros = new Recorder(3);
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong answered = new AtomicLong();
  private final AtomicLong notValidated = new AtomicLong();
  private final Thread reader;
  private volatile boolean running = true;

  Load(String bootstrapServers, int partitions) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.CLIENT_ID_CONFIG,
                "bench-load"),
            new StringSerializer(),
            new ByteArraySerializer());
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                10,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "bench-outcomes"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> all =
        java.util.stream.IntStream.range(0, partitions)
            .mapToObj(p -> new TopicPartition(Topics.EVENTS, p))
            .toList();
    consumer.assign(all);
    consumer.seekToEnd(all);
    all.forEach(consumer::position);
    reader = new Thread(this::read, "bench-outcomes");
    reader.start();
  }

  /** Publishes {@code request}, which was due at {@code due} (System.nanoTime). */
  void send(ValidationRequested request, long due) {
    dueNanos.put(request.requestId(), due);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.REQUESTS, request.integrationId(), MessageCodec.toJson(request));
    CloudEventHeaders.forMessage(request, "/bench")
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    record.headers().add(LifecycleMark.HEADER, LifecycleMark.PRODUCER.getBytes());
    producer.send(record);
    published.incrementAndGet();
  }

  /** Published and not yet answered. */
  long outstanding() {
    return published.get() - answered.get();
  }

  long answered() {
    return answered.get();
  }

  long notValidated() {
    return notValidated.get();
  }

  /** Latencies recorded since the last call, in microseconds. */
  Histogram latencySinceLastCall() {
    return latencyMicros.getIntervalHistogram();
  }

  @Override
  public void close() {
    running = false;
    try {
      reader.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }

  private void read() {
    try (consumer) {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
          long now = System.nanoTime();
          Long due = dueNanos.remove(OutcomeIds.requestId(record.value()));
          if (due == null) {
            continue; // a lifecycle event, or an outcome of an earlier phase
          }
          latencyMicros.recordValue(Math.max(1, (now - due) / 1000));
          var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
          if (type == null || !java.util.Arrays.equals(type.value(), VALIDATED)) {
            notValidated.incrementAndGet();
          }
          answered.incrementAndGet();
        }
      }
    }
  }
}
