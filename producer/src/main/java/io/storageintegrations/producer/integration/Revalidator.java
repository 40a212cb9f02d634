package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.PublishFailedException;
import io.storageintegrations.producer.registry.RegistryProperties;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds drift: re-validates every ACTIVE integration whose last validation is older than the
 * configured interval, so a role or policy changed after creation is caught before an export. The
 * requests go to the background lane: workers validate them only within its share.
 */
@Component
class Revalidator {

  private static final Logger log = LoggerFactory.getLogger(Revalidator.class);

  private final IntegrationService service;
  private final RegistryView view;
  private final RegistryProperties properties;

  Revalidator(IntegrationService service, RegistryView view, RegistryProperties properties) {
    this.service = service;
    this.view = view;
    this.properties = properties;
  }

  @Scheduled(
      fixedDelayString = "${storage-integrations.registry.revalidation-check-every:PT1M}",
      initialDelayString = "${storage-integrations.registry.revalidation-check-every:PT1M}")
  void revalidateDue() {
    Instant due = Instant.now().minus(properties.revalidationInterval());
    for (IntegrationRecord record : view.list(r -> isDue(r, due))) {
      try {
        service.revalidate(Caller.system(), record.integrationId(), Topics.REQUESTS_BACKGROUND);
        log.info("periodic re-validation of {} requested", record.integrationId());
      } catch (PublishFailedException e) {
        log.warn(
            "periodic re-validation of {} not requested: {}",
            record.integrationId(),
            e.getMessage());
        return;
      }
    }
  }

  private static boolean isDue(IntegrationRecord r, Instant due) {
    return r.state() == IntegrationState.ACTIVE
        && !IntegrationView.inFlight(r)
        && (r.lastValidatedAt() == null || r.lastValidatedAt().isBefore(due));
  }
}
