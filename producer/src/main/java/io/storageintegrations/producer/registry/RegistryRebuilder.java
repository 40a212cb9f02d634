package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.producer.publishing.TopicReplayer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the view from the compacted registry topic before the API serves or the writer applies
 * events, then keeps following the records other instances write.
 */
@Component
class RegistryRebuilder implements SmartLifecycle {

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final RegistryView view;
  private final Registry registry;
  private TopicReplayer replayer;
  private volatile boolean running;

  RegistryRebuilder(
      ConsumerFactory<String, byte[]> consumerFactory, RegistryView view, Registry registry) {
    this.consumerFactory = consumerFactory;
    this.view = view;
    this.registry = registry;
  }

  private void onRecord(ConsumerRecord<String, byte[]> record) {
    Header writer = record.headers().lastHeader(ProducerTopics.WRITER_HEADER);
    if (writer != null
        && registry.writerId.equals(new String(writer.value(), StandardCharsets.UTF_8))) {
      return; // this instance applied it already, in order
    }
    if (record.value() == null) {
      view.remove(record.key());
      return;
    }
    IntegrationRecord incoming = MessageCodec.fromJson(record.value(), IntegrationRecord.class);
    boolean newer =
        view.get(incoming.integrationId())
            .map(current -> incoming.revision() >= current.revision())
            .orElse(true);
    if (newer && !view.isDeleted(incoming.integrationId())) {
      view.put(incoming);
    }
  }

  @Override
  public void start() {
    replayer = new TopicReplayer(consumerFactory, Topics.REGISTRY, this::onRecord);
    try {
      replayer.start(Duration.ofSeconds(60));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (replayer != null) {
      replayer.close();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 200;
  }
}
