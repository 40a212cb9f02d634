package io.storageintegrations.testsupport.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads a topic from its beginning, or from now on, without a consumer group (assigned partitions,
 * so no rebalance wait), and makes plain producers for tests. Keys are strings, values raw bytes.
 */
public final class KafkaRecords {

  private static final Duration POLL = Duration.ofMillis(100);

  private KafkaRecords() {}

  /**
   * The first {@code count} records of {@code topic} (per-partition order; partitions interleaved),
   * headers included.
   *
   * @throws AssertionError when fewer than {@code count} records arrive within {@code timeout}
   */
  public static List<ConsumerRecord<String, byte[]>> readFromBeginning(
      String bootstrapServers, String topic, int count, Duration timeout) {
    return readFromBeginning(
        bootstrapServers,
        topic,
        count,
        timeout,
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }

  /** As {@link #readFromBeginning(String, String, int, Duration)} with the given deserializers. */
  public static <K, V> List<ConsumerRecord<K, V>> readFromBeginning(
      String bootstrapServers,
      String topic,
      int count,
      Duration timeout,
      Deserializer<K> keys,
      Deserializer<V> values) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<K, V>> read = new ArrayList<>();
    try (KafkaConsumer<K, V> consumer =
        new KafkaConsumer<>(config(bootstrapServers), keys, values)) {
      List<TopicPartition> partitions = partitionsOf(consumer, topic, deadline, timeout);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (read.size() < count && System.nanoTime() < deadline) {
        consumer.poll(POLL).forEach(read::add);
      }
    }
    if (read.size() < count) {
      throw new AssertionError(
          "Read " + read.size() + " of " + count + " records from " + topic + " in " + timeout);
    }
    return List.copyOf(read.subList(0, count));
  }

  /**
   * A consumer of every partition of {@code topic} positioned at its end now, before anything else
   * is published, so it reads only what comes after; close it after use.
   */
  public static KafkaConsumer<String, byte[]> fromNow(
      String bootstrapServers, String topic, Duration timeout) {
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            config(bootstrapServers), new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        partitionsOf(consumer, topic, System.nanoTime() + timeout.toNanos(), timeout);
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve "end" now, not at the first poll
    return consumer;
  }

  private static Map<String, Object> config(String bootstrapServers) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        // as every consumer of the system: aborted transactions are not there
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed");
  }

  /** A producer with string keys and byte values, {@code acks=all}; close it after use. */
  public static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all"),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  private static List<TopicPartition> partitionsOf(
      KafkaConsumer<?, ?> consumer, String topic, long deadline, Duration timeout) {
    // The topic may still be appearing in metadata right after creation or a first send.
    while (System.nanoTime() < deadline) {
      try {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, POLL.multipliedBy(10));
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        }
      } catch (TimeoutException e) {
        // metadata not there yet: ask again until the deadline
      }
    }
    throw new AssertionError("Topic " + topic + " has no partitions after " + timeout);
  }
}
