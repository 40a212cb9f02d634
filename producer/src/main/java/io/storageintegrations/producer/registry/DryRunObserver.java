package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.TopicFollower;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Every instance follows the whole events topic (no group, from now on) for dry-run outcomes, so
 * the instance that accepted a dry run sees its result whichever instance writes the registry.
 */
@Component
class DryRunObserver extends TopicFollower {

  private final DryRunResults dryRuns;

  DryRunObserver(ConsumerFactory<String, byte[]> consumerFactory, DryRunResults dryRuns) {
    super(consumerFactory, Topics.EVENTS, true, Integer.MIN_VALUE + 300);
    this.dryRuns = dryRuns;
  }

  @Override
  protected void onRecord(ConsumerRecord<String, byte[]> record) {
    Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
    if (type == null || record.value() == null) {
      return;
    }
    MessageType messageType =
        MessageType.fromCeType(new String(type.value(), StandardCharsets.UTF_8));
    if (!ValidationOutcome.class.isAssignableFrom(messageType.recordClass())
        || dryRuns.find(record.key()).isEmpty()) {
      return; // not a dry run this instance accepted: skip decoding
    }
    ValidationOutcome outcome = (ValidationOutcome) messageType.decode(record.value());
    if (outcome.kind() == RequestKind.VALIDATE) {
      dryRuns.complete(outcome);
    }
  }
}
