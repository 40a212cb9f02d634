package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.producer.publishing.TopicFollower;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the view from the compacted registry topic before the API serves or the writer applies
 * events, then keeps following the records other instances write. Records are indexed from their
 * headers without decoding (older records without them are decoded); of two records of one
 * integration the one made from the later source event wins, whatever order they arrive in.
 */
@Component
class RegistryRebuilder extends TopicFollower {

  private static final int PARALLEL_FROM = 64;

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final RegistryView view;
  private final Registry registry;

  RegistryRebuilder(
      ConsumerFactory<String, byte[]> consumerFactory, RegistryView view, Registry registry) {
    super(consumerFactory, Topics.REGISTRY, false, Integer.MIN_VALUE + 200);
    this.consumerFactory = consumerFactory;
    this.view = view;
    this.registry = registry;
  }

  @Override
  public void start() {
    try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer()) {
      CoPartitioning.check(
          consumer.partitionsFor(Topics.EVENTS, Duration.ofSeconds(30)).size(),
          consumer.partitionsFor(Topics.REGISTRY, Duration.ofSeconds(30)).size());
    }
    super.start();
  }

  /**
   * Waits until the record at {@code offset} of registry partition {@code partition} is applied.
   */
  boolean awaitConsumed(int partition, long offset, Duration timeout) throws InterruptedException {
    return replayer().awaitConsumed(partition, offset, timeout);
  }

  @Override
  protected void onRecord(ConsumerRecord<String, byte[]> record) {
    apply(prepare(record));
  }

  /**
   * Deflating each record is most of a replay's work: a poll's records are prepared on both cores,
   * then applied in partition order.
   */
  @Override
  protected void onRecords(List<ConsumerRecord<String, byte[]>> records) {
    Stream<ConsumerRecord<String, byte[]>> each =
        records.size() < PARALLEL_FROM ? records.stream() : records.parallelStream();
    each.map(this::prepare).toList().forEach(this::apply);
  }

  /** A record read: to skip (this instance's own), remove (tombstone) or store, or unreadable. */
  private record Prepared(
      ConsumerRecord<String, byte[]> record,
      boolean own,
      IndexFields index,
      byte[] compact,
      RuntimeException unreadable) {}

  private Prepared prepare(ConsumerRecord<String, byte[]> record) {
    String writer = RegistryHeaders.text(record.headers(), ProducerTopics.WRITER_HEADER);
    if (registry.writerId.equals(writer) || record.value() == null) {
      return new Prepared(record, registry.writerId.equals(writer), null, null, null);
    }
    try {
      IndexFields index =
          RegistryHeaders.read(record.key(), record.headers())
              .orElseGet(
                  () ->
                      IndexFields.of(
                          MessageCodec.fromJson(record.value(), IntegrationRecord.class),
                          RegistryHeaders.sourceOffset(record.headers())));
      return new Prepared(record, false, index, CompactJson.compress(record.value()), null);
    } catch (RuntimeException e) {
      return new Prepared(record, false, null, null, e);
    }
  }

  private void apply(Prepared prepared) {
    if (prepared.own()) {
      return; // this instance applied it already, in order
    }
    try {
      if (prepared.unreadable() != null) {
        throw prepared.unreadable();
      } else if (prepared.index() == null) {
        view.remove(prepared.record().key());
      } else {
        view.putCompactIfNewer(prepared.index(), prepared.compact());
      }
    } catch (RuntimeException e) {
      skipped(prepared.record(), e);
    }
  }
}
