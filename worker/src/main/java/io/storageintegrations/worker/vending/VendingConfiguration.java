package io.storageintegrations.worker.vending;

import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.config.OssProperties;
import io.storageintegrations.worker.config.PlatformProperties;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credential vending, when {@code worker.vending.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "worker.vending.enabled", havingValue = "true")
class VendingConfiguration {

  @Bean
  VendingServer vendingServer(
      VendingProperties properties,
      StsGateway sts,
      CloudCalls calls,
      PlatformProperties platform,
      OssProperties oss,
      MeterRegistry registry) {
    VendingMetrics metrics = new VendingMetrics(registry);
    Clock clock = Clock.systemUTC();
    CredentialCache cache =
        new CredentialCache(clock, properties.cacheMargin(), properties.failureCacheTtl());
    CredentialVendor vendor =
        new CredentialVendor(sts, calls, cache, properties, platform.principal(), clock, metrics);
    AtomicInteger counter = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            properties.threads(),
            runnable -> {
              Thread thread = new Thread(runnable, "worker-vending-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    return new VendingServer(properties, vendor, oss, metrics, threads);
  }
}
