package io.storageintegrations.chaos.traffic;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Reads the events topic as a downstream consumer would ({@code read_committed}, no group), from
 * its end when started, and keeps every outcome copy that answers one of the planned requests.
 */
public final class OutcomeReader implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Set<String> requestIds;
  private final List<Outcome> outcomes = new ArrayList<>();
  private final AtomicLong lastOutcomeNanos = new AtomicLong(System.nanoTime());
  private final Thread thread;
  private volatile boolean running = true;

  private OutcomeReader(String bootstrapServers, int partitions, Set<String> requestIds) {
    this.requestIds = Set.copyOf(requestIds);
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "chaos-outcome-reader"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> all = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      all.add(new TopicPartition(Topics.EVENTS, p));
    }
    consumer.assign(all);
    consumer.seekToEnd(all);
    all.forEach(consumer::position); // resolve the end now, before anything is published
    this.thread = new Thread(this::readUntilClosed, "chaos-outcome-reader");
  }

  public static OutcomeReader start(String bootstrapServers, int partitions, Set<String> ids) {
    OutcomeReader reader = new OutcomeReader(bootstrapServers, partitions, ids);
    reader.thread.start();
    return reader;
  }

  /** Every outcome copy read so far, in the order read. */
  public synchronized List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** How many of {@code published} have at least one outcome. */
  public synchronized long answered(Set<String> published) {
    return outcomes.stream().map(Outcome::requestId).filter(published::contains).distinct().count();
  }

  public Duration sinceLastOutcome() {
    return Duration.ofNanos(System.nanoTime() - lastOutcomeNanos.get());
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readUntilClosed() {
    try (consumer) {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          Outcome outcome = read(record);
          if (outcome != null && requestIds.contains(outcome.requestId())) {
            synchronized (this) {
              outcomes.add(outcome);
            }
            lastOutcomeNanos.set(System.nanoTime());
          }
        }
      }
    } catch (WakeupException closing) {
      // close() asked the loop to end.
    }
  }

  private static Outcome read(ConsumerRecord<String, byte[]> record) {
    Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
    if (type == null) {
      return null;
    }
    MessageType messageType;
    try {
      messageType = MessageType.fromCeType(new String(type.value(), StandardCharsets.UTF_8));
    } catch (RuntimeException unknownType) {
      return null;
    }
    JsonNode json = MessageCodec.mapper().readTree(record.value());
    String reason = json.has("reason") ? json.get("reason").asString() : null;
    Verdict verdict =
        switch (messageType) {
          case INTEGRATION_VALIDATED -> Verdict.VALIDATED;
          case VALIDATION_FAILED -> Verdict.failed(reason);
          case VALIDATION_ERRORED -> Verdict.errored(reason);
          default -> null;
        };
    if (verdict == null || !json.has("requestId")) {
      return null;
    }
    String body = new String(record.value(), StandardCharsets.UTF_8);
    return new Outcome(
        json.get("requestId").asString(),
        json.path("eventId").asString(),
        verdict,
        record.partition(),
        record.offset(),
        record.timestamp(),
        body.contains("Throttling"));
  }
}
