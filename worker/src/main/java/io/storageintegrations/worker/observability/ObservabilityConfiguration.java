package io.storageintegrations.worker.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The worker's meters. */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

  @Bean
  WorkerMetrics workerMetrics(MeterRegistry registry) {
    return new WorkerMetrics(registry);
  }
}
