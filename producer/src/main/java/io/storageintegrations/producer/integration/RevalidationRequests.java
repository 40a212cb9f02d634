package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Re-validation asked for by another part of the producer (credential vending, when STS says the
 * role is gone or no longer trusts the platform): on the interactive lane, since a job is waiting
 * to know, and only when none is in flight already.
 */
@Component
public class RevalidationRequests {

  private final IntegrationService service;
  private final RegistryView view;

  RevalidationRequests(IntegrationService service, RegistryView view) {
    this.service = service;
    this.view = view;
  }

  /** True when a re-validation was requested now, false when one was already in flight. */
  public boolean request(String integrationId) {
    IntegrationRecord record = view.get(integrationId).orElse(null);
    if (record == null || IntegrationView.inFlight(record)) {
      return false;
    }
    service.revalidate(Caller.system(), integrationId, Topics.REQUESTS);
    return true;
  }
}
