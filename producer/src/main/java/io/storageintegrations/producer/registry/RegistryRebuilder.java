package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.producer.publishing.TopicFollower;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the view from the compacted registry topic before the API serves or the writer applies
 * events, then keeps following the records other instances write.
 */
@Component
class RegistryRebuilder extends TopicFollower {

  private final RegistryView view;
  private final Registry registry;

  RegistryRebuilder(
      ConsumerFactory<String, byte[]> consumerFactory, RegistryView view, Registry registry) {
    super(consumerFactory, Topics.REGISTRY, false, Integer.MIN_VALUE + 200);
    this.view = view;
    this.registry = registry;
  }

  @Override
  protected void onRecord(ConsumerRecord<String, byte[]> record) {
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
}
