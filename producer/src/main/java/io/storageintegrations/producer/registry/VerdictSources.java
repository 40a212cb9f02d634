package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.ValidationOutcome;
import java.util.Collection;
import java.util.Set;

/**
 * The rule for who may deliver a verdict: a validation outcome counts only when its {@code
 * ce_source} is a worker's. Lifecycle events are not verdicts: the producer, the workers and, until
 * their ACL is removed, older clients publish them. Kafka ACLs are the real boundary (only producer
 * and worker principals may write the events topic); this check catches a principal that was given
 * write access by mistake, at the price of trusting a header that principal could also forge.
 */
final class VerdictSources {

  private final Set<String> workers;

  VerdictSources(Collection<String> workers) {
    this.workers = Set.copyOf(workers);
  }

  /** Whether {@code message}, published with {@code ceSource} (null: absent), may be applied. */
  boolean trusted(Object message, String ceSource) {
    return !(message instanceof ValidationOutcome)
        || (ceSource != null && workers.contains(ceSource));
  }
}
