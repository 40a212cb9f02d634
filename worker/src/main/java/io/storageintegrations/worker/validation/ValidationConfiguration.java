package io.storageintegrations.worker.validation;

import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.CloudConfiguration.AllowedRegions;
import io.storageintegrations.worker.cloud.OssGateway;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.observability.WorkerMetrics;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The validation engine bean. */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

  @Bean
  ValidationEngine validationEngine(
      CloudCalls calls,
      StsGateway sts,
      OssGateway oss,
      ValidationProperties validation,
      PlatformProperties platform,
      AllowedRegions regions,
      WorkerMetrics metrics,
      ScheduledExecutorService retryScheduler) {
    return new ValidationEngine(
        calls,
        sts,
        oss,
        validation,
        platform.principal(),
        regions.regions(),
        Clock.systemUTC(),
        metrics,
        retryScheduler);
  }
}
