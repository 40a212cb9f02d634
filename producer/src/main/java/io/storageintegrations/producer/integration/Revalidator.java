package io.storageintegrations.producer.integration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.PublishFailedException;
import io.storageintegrations.producer.registry.RegistryProperties;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.registry.WriterPartitions;
import io.storageintegrations.producer.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds drift: re-validates ACTIVE integrations whose last validation is older than the configured
 * interval, so a role or policy changed after creation is caught before an export. Once per fleet:
 * each instance takes only the integrations of the events partitions its registry writer owns, at
 * its share of the fleet's rate, the longest unvalidated first. The requests go to the background
 * lane. An integration it cannot re-validate (its project is no longer configured, say) is skipped,
 * counted and reported once per sweep; the sweep goes on.
 */
@Component
class Revalidator {

  private static final Logger log = LoggerFactory.getLogger(Revalidator.class);

  private final IntegrationService service;
  private final RegistryView view;
  private final WriterPartitions partitions;
  private final RegistryProperties properties;
  private final Clock clock;
  private final Counter requested;
  private final Counter skipped;

  Revalidator(
      IntegrationService service,
      RegistryView view,
      WriterPartitions partitions,
      RegistryProperties properties,
      MeterRegistry meters) {
    this.service = service;
    this.view = view;
    this.partitions = partitions;
    this.properties = properties;
    this.clock = Clock.systemUTC();
    this.requested =
        Counter.builder("storage_integrations.registry.revalidations")
            .description("Periodic re-validations requested by this instance")
            .register(meters);
    this.skipped =
        Counter.builder("storage_integrations.registry.revalidations.skipped")
            .description("Due integrations the periodic re-validation could not request")
            .register(meters);
  }

  /**
   * One sweep: at most what this instance's rate allows until the next sweep, paced evenly. It is
   * the producer's only scheduled task, so pacing on the scheduler's thread holds up nothing.
   */
  @Scheduled(
      fixedDelayString = "${storage-integrations.registry.revalidation-check-every:PT1M}",
      initialDelayString = "${storage-integrations.registry.revalidation-check-every:PT1M}")
  void revalidateDue() {
    double perSecond = properties.fleetRevalidationsPerSecond() * partitions.share();
    int budget = (int) (perSecond * properties.revalidationCheckEvery().toMillis() / 1000.0);
    if (budget < 1) {
      return; // no partitions owned (or a rate below one per sweep)
    }
    List<String> due =
        view.dueForRevalidation(
            clock.instant().minus(properties.revalidationInterval()), partitions::owns, budget);
    long spacing = (long) (1_000_000_000 / perSecond);
    long next = System.nanoTime();
    int skippedNow = 0;
    String firstProblem = null;
    for (String integrationId : due) {
      LockSupport.parkNanos(next - System.nanoTime());
      next += spacing;
      try {
        service.revalidate(Caller.system(), integrationId, Topics.REQUESTS_BACKGROUND);
        requested.increment();
      } catch (PublishFailedException e) {
        log.warn("periodic re-validation stopped for this sweep: {}", e.getMessage());
        break;
      } catch (RuntimeException e) {
        skipped.increment();
        skippedNow++;
        if (firstProblem == null) {
          firstProblem = integrationId + ": " + e.getMessage();
        }
      }
    }
    if (skippedNow > 0) {
      log.warn(
          "periodic re-validation skipped {} of {} due integrations (first: {})",
          skippedNow,
          due.size(),
          firstProblem);
    }
  }
}
