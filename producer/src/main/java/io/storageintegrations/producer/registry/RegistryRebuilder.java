package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.producer.publishing.TopicFollower;
import java.time.Duration;
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
    String writer = RegistryHeaders.text(record.headers(), ProducerTopics.WRITER_HEADER);
    if (registry.writerId.equals(writer)) {
      return; // this instance applied it already, in order
    }
    if (record.value() == null) {
      view.remove(record.key());
      return;
    }
    IndexFields index =
        RegistryHeaders.read(record.key(), record.headers())
            .orElseGet(
                () ->
                    IndexFields.of(
                        MessageCodec.fromJson(record.value(), IntegrationRecord.class),
                        RegistryHeaders.sourceOffset(record.headers())));
    view.putIfNewer(index, record.value());
  }
}
