package io.storageintegrations.worker.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The worker's meters. */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

  @Bean
  WorkerMetrics workerMetrics(
      MeterRegistry registry, ObjectProvider<HealthContributorRegistry> health) {
    HealthGauges.register(registry, health);
    return new WorkerMetrics(registry);
  }
}
