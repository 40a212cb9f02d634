package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.LifecycleMark;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The lifecycle event the worker owes a request: upstream services may write only the request
 * topics, so for a create, re-validate or delete that its publisher did not mark as having its
 * lifecycle event published ({@link LifecycleMark}), the worker publishes it, on the events topic
 * and the request's key, before the outcome. It is the event the producer would have written (same
 * deterministic eventId), so a copy from an older client that still writes it is a harmless
 * duplicate. Dry runs (VALIDATE) have none.
 */
final class OwedLifecycle {

  private OwedLifecycle() {}

  static Optional<IntegrationEvent> of(IntegrationRequest request, Headers headers) {
    Header mark = headers.lastHeader(LifecycleMark.HEADER);
    if (LifecycleMark.marked(mark == null ? null : mark.value())) {
      return Optional.empty();
    }
    if (request instanceof DeletionRequested deletion) {
      return Optional.of(IntegrationDeleted.of(deletion));
    }
    ValidationRequested validation = (ValidationRequested) request;
    return validation.kind() == RequestKind.VALIDATE
        ? Optional.empty()
        : Optional.of(IntegrationAccepted.of(validation));
  }
}
