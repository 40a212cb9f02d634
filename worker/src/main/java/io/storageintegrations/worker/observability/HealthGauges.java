package io.storageintegrations.worker.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/**
 * Health components as the gauge {@code worker.health{component}}: 1 when UP, 0 otherwise, absent
 * (NaN) when the component does not exist, so alert rules see what {@code /actuator/health} says.
 */
final class HealthGauges {

  static final List<String> COMPONENTS = List.of("broker", "intake");

  private HealthGauges() {}

  static void register(MeterRegistry meters, ObjectProvider<HealthContributorRegistry> health) {
    for (String component : COMPONENTS) {
      Gauge.builder("worker.health", () -> up(health.getIfAvailable(), component))
          .description("1 when the health component is UP, 0 otherwise")
          .tag("component", component)
          .strongReference(true)
          .register(meters);
    }
  }

  private static double up(HealthContributorRegistry health, String component) {
    HealthContributor contributor = health == null ? null : health.getContributor(component);
    if (!(contributor instanceof HealthIndicator indicator)) {
      return Double.NaN;
    }
    return Status.UP.equals(indicator.health().getStatus()) ? 1 : 0;
  }
}
