package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Every instance reads every dry run: the requests topic for dry-run requests (PENDING, whichever
 * instance or upstream service published it) and the events topic for their outcomes, from {@code
 * now - dry-run-retention} on start, then follows both (no consumer group). So any instance answers
 * {@code GET /validations/{id}}, also after a restart. Only records that mention {@code "VALIDATE"}
 * are decoded, so following re-validation traffic costs a byte scan per record.
 */
@Component
class DryRunObserver implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DryRunObserver.class);
  private static final byte[] VALIDATE = "\"VALIDATE\"".getBytes(StandardCharsets.UTF_8);

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final DryRunResults dryRuns;
  private final UntrustedVerdicts untrusted;
  private final DryRunProperties properties;
  private volatile TopicsSince follower;

  DryRunObserver(
      ConsumerFactory<String, byte[]> consumerFactory,
      DryRunResults dryRuns,
      UntrustedVerdicts untrusted,
      DryRunProperties properties) {
    this.consumerFactory = consumerFactory;
    this.dryRuns = dryRuns;
    this.untrusted = untrusted;
    this.properties = properties;
  }

  @Override
  public void start() {
    TopicsSince started =
        new TopicsSince(
            consumerFactory,
            List.of(Topics.REQUESTS, Topics.EVENTS),
            Clock.systemUTC().instant().minus(properties.dryRunRetention()),
            this::onRecord);
    started.startAndCatchUp();
    follower = started;
  }

  void onRecord(ConsumerRecord<String, byte[]> record) {
    Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
    if (type == null || record.value() == null || !mentionsValidate(record.value())) {
      return;
    }
    MessageType messageType =
        MessageType.fromCeType(new String(type.value(), StandardCharsets.UTF_8));
    if (messageType == MessageType.VALIDATION_REQUESTED) {
      ValidationRequested request = (ValidationRequested) messageType.decode(record.value());
      if (request.kind() == RequestKind.VALIDATE) {
        dryRuns.requested(request.integrationId(), request.projectId(), request.requestedAt());
      }
    } else if (ValidationOutcome.class.isAssignableFrom(messageType.recordClass())) {
      ValidationOutcome outcome = (ValidationOutcome) messageType.decode(record.value());
      if (outcome.kind() == RequestKind.VALIDATE && untrusted.trusted(outcome, record)) {
        dryRuns.complete(outcome);
      }
    }
  }

  /** A dry run's payload has the JSON string "VALIDATE" (kind); "REVALIDATE" does not match. */
  static boolean mentionsValidate(byte[] value) {
    outer:
    for (int i = 0; i <= value.length - VALIDATE.length; i++) {
      for (int j = 0; j < VALIDATE.length; j++) {
        if (value[i + j] != VALIDATE[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public void stop() {
    TopicsSince running = follower;
    follower = null;
    if (running != null) {
      running.close();
      log.debug("stopped following dry runs");
    }
  }

  @Override
  public boolean isRunning() {
    return follower != null;
  }

  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 300;
  }
}
