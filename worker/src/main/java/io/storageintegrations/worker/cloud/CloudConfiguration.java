package io.storageintegrations.worker.cloud;

import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.worker.config.CloudTransportProperties;
import io.storageintegrations.worker.config.IntakeProperties;
import io.storageintegrations.worker.config.OssProperties;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.RetryProperties;
import io.storageintegrations.worker.config.StsProperties;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.observability.WorkerMetrics;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared SDK clients, the I/O pool, the retry layer and the STS quota. */
@Configuration(proxyBeanMethods = false)
public class CloudConfiguration {

  /** The regions endpoints may be built for: configured, else the shared model's list. */
  @Bean
  AllowedRegions allowedRegions(ValidationProperties validation) {
    Set<String> regions = new LinkedHashSet<>();
    validation.regions().forEach(region -> regions.add(Regions.normalize(region)));
    return new AllowedRegions(regions.isEmpty() ? Set.copyOf(Regions.ALLOWED) : regions);
  }

  @Bean(destroyMethod = "close")
  StsGateway stsGateway(
      StsProperties sts, PlatformProperties platform, CloudTransportProperties transport) {
    TransportPolicy.requireSecure(sts, transport);
    StsGateway gateway = new StsGateway(sts, platform);
    PlatformKeyCheck.verify(gateway, platform); // before any request is taken in
    return gateway;
  }

  @Bean(destroyMethod = "close")
  OssGateway ossGateway(
      OssProperties oss, AllowedRegions regions, CloudTransportProperties transport) {
    TransportPolicy.requireSecure(oss, transport);
    return new OssGateway(oss, regions.regions());
  }

  @Bean(destroyMethod = "shutdown")
  ExecutorService cloudIoExecutor(IntakeProperties intake) {
    int threads = intake.effectiveIoThreads();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            named("worker-io"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Back-off delays and validation deadlines; cancelled deadlines leave the queue at once. */
  @Bean(destroyMethod = "shutdown")
  ScheduledExecutorService retryScheduler() {
    return timers();
  }

  public static ScheduledExecutorService timers() {
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, named("worker-timer"));
    timers.setRemoveOnCancelPolicy(true);
    return timers;
  }

  /** The fleet's whole rate until the intake knows this instance's share of the partitions. */
  @Bean
  CloudCalls.StsQuota stsQuota(
      StsProperties sts, IntakeProperties intake, ScheduledExecutorService stsPacer) {
    return sts.rateLimitEnabled()
        ? new StsPermits(
            sts.fleetRatePerSecond(), intake.backgroundShare(), System::nanoTime, stsPacer)
        : CloudCalls.StsQuota.unlimited();
  }

  /** Its own thread, so releasing AssumeRole calls on time never waits behind other timers. */
  @Bean(destroyMethod = "shutdown")
  ScheduledExecutorService stsPacer() {
    return new ScheduledThreadPoolExecutor(1, named("worker-sts-pacer"));
  }

  @Bean
  CloudCalls cloudCalls(
      RetryProperties retry,
      CloudCalls.StsQuota stsQuota,
      ExecutorService cloudIoExecutor,
      ScheduledExecutorService retryScheduler,
      WorkerMetrics metrics) {
    return new CloudCalls(retry, stsQuota, cloudIoExecutor, retryScheduler, metrics);
  }

  static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      // JAXP finds the hardened parser (XmlHardening) through this loader, also in the exec jar.
      thread.setContextClassLoader(CloudConfiguration.class.getClassLoader());
      return thread;
    };
  }

  /** The region allow-list as a bean. */
  public record AllowedRegions(Set<String> regions) {
    public AllowedRegions {
      regions = Set.copyOf(regions);
    }
  }
}
