package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.MessageFormatException;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds the events topic into the registry; unreadable events are logged and skipped. Partitions
 * newly assigned are applied only once the view caught up on what their previous owner wrote.
 */
@Component
class RegistryWriter implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(RegistryWriter.class);

  private final Registry registry;
  private final UntrustedVerdicts untrusted;
  private final WriterCatchUp catchUp;

  RegistryWriter(Registry registry, UntrustedVerdicts untrusted, WriterCatchUp catchUp) {
    this.registry = registry;
    this.untrusted = untrusted;
    this.catchUp = catchUp;
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    try {
      catchUp.catchUp(assignments.keySet().stream().map(TopicPartition::partition).toList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while catching up on the registry", e);
    }
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    catchUp.revoked(partitions.stream().map(TopicPartition::partition).toList());
  }

  @KafkaListener(
      id = "registry-writer",
      topics = Topics.EVENTS,
      groupId = "${storage-integrations.registry.group-id:storage-integrations-registry}",
      properties = "auto.offset.reset=earliest")
  void onEvent(ConsumerRecord<String, byte[]> record) {
    Object message;
    try {
      Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
      if (type == null) {
        throw new MessageFormatException("missing header " + CloudEventHeaders.TYPE);
      }
      message =
          MessageType.decode(new String(type.value(), StandardCharsets.UTF_8), record.value());
    } catch (MessageFormatException e) {
      log.warn(
          "skipped unreadable event {}@{}: {}",
          record.partition(),
          record.offset(),
          e.getMessage());
      return;
    }
    if (message instanceof IntegrationEvent event && untrusted.trusted(event, record)) {
      registry.apply(event, record.offset());
    }
  }
}
