package io.storageintegrations.worker.intake;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN once offset commits or outcome sends have kept failing for {@code downAfter} (the broker is
 * away: nothing is lost, but nothing is answered either), UP again as soon as one succeeds.
 */
final class BrokerHealthIndicator implements HealthIndicator {

  private final BrokerContact contact;
  private final Duration downAfter;

  BrokerHealthIndicator(BrokerContact contact, Duration downAfter) {
    this.contact = contact;
    this.downAfter = downAfter;
  }

  @Override
  public Health health() {
    long failingFor = contact.failingForMillis();
    return (failingFor >= downAfter.toMillis() ? Health.down() : Health.up())
        .withDetail("failingForMillis", failingFor)
        .withDetail("downAfterMillis", downAfter.toMillis())
        .build();
  }
}
