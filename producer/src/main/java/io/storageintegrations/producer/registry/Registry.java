package io.storageintegrations.producer.registry;

import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.ledger.ProjectLedger;
import io.storageintegrations.producer.publishing.MessagePublisher;
import io.storageintegrations.producer.publishing.ProducerTopics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies events to the registry one at a time: decides the transition, publishes the new record
 * (or a tombstone) to the compacted registry topic, and only then updates the in-memory view.
 */
@Component
public class Registry {

  private static final Logger log = LoggerFactory.getLogger(Registry.class);

  /** Identifies this instance's writes on the registry topic (new on every start). */
  final String writerId = UUID.randomUUID().toString();

  private final RegistryStateMachine machine;
  private final RegistryView view;
  private final MessagePublisher publisher;
  private final ProjectLedger ledger;
  private final MeterRegistry meters;

  Registry(
      RegistryProperties properties,
      RegistryView view,
      MessagePublisher publisher,
      ProjectLedger ledger,
      MeterRegistry meters) {
    this.machine = new RegistryStateMachine(properties.historySize());
    this.view = view;
    this.publisher = publisher;
    this.ledger = ledger;
    this.meters = meters;
  }

  private static String name(Transition transition) {
    if (transition instanceof Transition.Upsert) {
      return "upsert";
    }
    return transition instanceof Transition.Remove ? "remove" : "ignore";
  }

  /**
   * Applies the event at {@code sourceOffset} of its events partition (-1 when unknown). An event
   * at or before the offset the current record was made from was applied already (by this writer or
   * by the partition's previous owner) and is ignored, so the record never goes back.
   */
  synchronized void apply(IntegrationEvent event, long sourceOffset) {
    if (event instanceof ValidationOutcome outcome && outcome.kind() == RequestKind.VALIDATE) {
      return; // dry runs never touch the registry; DryRunObserver answers them
    }
    long appliedUpTo = view.index(event.integrationId()).map(IndexFields::sourceOffset).orElse(-1L);
    Transition transition;
    IntegrationRecord current = null;
    if (sourceOffset >= 0 && sourceOffset <= appliedUpTo) {
      transition =
          new Transition.Ignore(
              "already applied: the record was made from offset "
                  + appliedUpTo
                  + ", this event is at "
                  + sourceOffset);
    } else {
      current = view.get(event.integrationId()).orElse(null);
      transition = machine.apply(current, view.isDeleted(event.integrationId()), event);
    }
    meters
        .counter("storage_integrations.registry.events", "transition", name(transition))
        .increment();
    if (transition instanceof Transition.Upsert upsert) {
      if (current == null) {
        // Created: its name claim is confirmed, so no later create can take the name over.
        IntegrationRecord created = upsert.record();
        ledger.confirmName(created.projectId(), created.name(), created.integrationId());
      }
      Map<String, String> headers =
          new LinkedHashMap<>(RegistryHeaders.of(IndexFields.of(upsert.record(), sourceOffset)));
      headers.put(ProducerTopics.WRITER_HEADER, writerId);
      publisher.publish(upsert.record(), headers);
      view.put(upsert.record(), sourceOffset);
    } else if (transition instanceof Transition.Remove remove) {
      // Release first: if the tombstone then fails, the retried event releases again (a no-op)
      // and writes the tombstone; the other order could lose the release.
      IntegrationRecord gone = remove.record();
      ledger.releaseName(gone.projectId(), gone.name(), gone.integrationId());
      ProducerRecord<String, byte[]> tombstone =
          new ProducerRecord<>(Topics.REGISTRY, event.integrationId(), null);
      tombstone
          .headers()
          .add(ProducerTopics.WRITER_HEADER, writerId.getBytes(StandardCharsets.UTF_8))
          .add(
              RegistryHeaders.SOURCE_OFFSET,
              Long.toString(sourceOffset).getBytes(StandardCharsets.UTF_8));
      publisher.send(tombstone);
      view.remove(event.integrationId());
    } else if (transition instanceof Transition.Ignore ignore) {
      log.info(
          "ignored {} for {} (revision {}): {}",
          event.getClass().getSimpleName(),
          event.integrationId(),
          event.revision(),
          ignore.reason());
    }
  }
}
