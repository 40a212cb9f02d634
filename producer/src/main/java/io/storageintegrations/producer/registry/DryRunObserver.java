package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.TopicReplayer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Every instance follows the whole events topic (no group, from now on) for dry-run outcomes, so
 * the instance that accepted a dry run sees its result whichever instance writes the registry.
 */
@Component
class DryRunObserver implements SmartLifecycle {

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final DryRunResults dryRuns;
  private TopicReplayer follower;
  private volatile boolean running;

  DryRunObserver(ConsumerFactory<String, byte[]> consumerFactory, DryRunResults dryRuns) {
    this.consumerFactory = consumerFactory;
    this.dryRuns = dryRuns;
  }

  private void onRecord(ConsumerRecord<String, byte[]> record) {
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

  @Override
  public void start() {
    follower = new TopicReplayer(consumerFactory, Topics.EVENTS, this::onRecord, true);
    try {
      follower.start(Duration.ofSeconds(60));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (follower != null) {
      follower.close();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 300;
  }
}
