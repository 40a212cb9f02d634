package io.storageintegrations.worker.validation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.CloudConfiguration;
import io.storageintegrations.worker.cloud.OssGateway;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.config.OssProperties;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.RetryProperties;
import io.storageintegrations.worker.config.Scheme;
import io.storageintegrations.worker.config.StsProperties;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.config.ValidationProperties.ExternalIdCheckMode;
import io.storageintegrations.worker.observability.WorkerMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The JVM's one emulator, seeded with {@code worker-seed.yaml}, and validation engines wired
 * against it exactly as the application wires them (real SDKs, no Spring).
 */
public final class TestCloud {

  public static final String PLATFORM_KEY_ID = "LTAI5tPlatformValidator01";
  public static final String PLATFORM_SECRET = "PlatformSecretValue0123456789abcd";
  public static final String PRINCIPAL = "acs:ram::1000000000000001:root";
  public static final String CUSTOMER = "2000000000000002";
  public static final String EXTERNAL_ID = "si-ext-0123456789abcdefghijklmn";

  private static CloudEmulator emulator;

  private TestCloud() {}

  public static synchronized CloudEmulator emulator() {
    if (emulator == null) {
      emulator = CloudEmulator.builder().seed("classpath:worker-seed.yaml").threads(256).start();
      Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    }
    return emulator;
  }

  public static ValidationRequested request(String role, String bucket, AccessMode access) {
    return new ValidationRequested(
        UUID.randomUUID().toString(),
        "int-" + UUID.randomUUID(),
        "proj-1",
        1,
        RequestKind.CREATE,
        "backups",
        null,
        access,
        bucket,
        "cn-hangzhou",
        "cn-hangzhou",
        "acs:ram::" + CUSTOMER + ":role/" + role,
        EXTERNAL_ID,
        Instant.now());
  }

  /** {@code r} as a request of {@code kind}, carrying {@code externalIdVerifiedAt} (or null). */
  public static ValidationRequested as(
      ValidationRequested r, RequestKind kind, Instant externalIdVerifiedAt) {
    return new ValidationRequested(
        r.requestId(),
        r.integrationId(),
        r.projectId(),
        r.revision(),
        kind,
        r.name(),
        r.description(),
        r.access(),
        r.bucket(),
        r.bucketRegion(),
        r.clusterRegion(),
        r.roleArn(),
        r.externalId(),
        r.requestedAt(),
        externalIdVerifiedAt);
  }

  /** Engine settings a test may change; the defaults are the application's. */
  public record Settings(
      Duration deadline,
      int maxAttempts,
      Duration initialBackoff,
      boolean rateLimit,
      double ratePerSecond,
      ExternalIdCheckMode externalIdCheck,
      String secret) {

    public static Settings defaults() {
      return new Settings(
          Duration.ofSeconds(10),
          4,
          Duration.ofMillis(20),
          false,
          98,
          ExternalIdCheckMode.FAIL,
          PLATFORM_SECRET);
    }

    public Settings withDeadline(Duration value) {
      return new Settings(
          value, maxAttempts, initialBackoff, rateLimit, ratePerSecond, externalIdCheck, secret);
    }

    public Settings withRate(double perSecond) {
      return new Settings(
          deadline, maxAttempts, initialBackoff, true, perSecond, externalIdCheck, secret);
    }

    public Settings withExternalIdCheck(ExternalIdCheckMode mode) {
      return new Settings(
          deadline, maxAttempts, initialBackoff, rateLimit, ratePerSecond, mode, secret);
    }

    public Settings withSecret(String value) {
      return new Settings(
          deadline, maxAttempts, initialBackoff, rateLimit, ratePerSecond, externalIdCheck, value);
    }
  }

  /** An engine and everything it owns; close it after the test. */
  public static final class Engine implements AutoCloseable {

    public final ValidationEngine engine;
    public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    public final OssGateway oss;
    private final StsGateway sts;
    private final ExecutorService io = Executors.newCachedThreadPool();
    final ScheduledExecutorService scheduler = CloudConfiguration.timers();

    public Engine(Settings settings) {
      CloudEmulator cloud = emulator();
      StsProperties stsProperties =
          new StsProperties(
              cloud.stsEndpoint(),
              Scheme.HTTP,
              "cn-hangzhou",
              Duration.ofSeconds(2),
              Duration.ofSeconds(3),
              settings.rateLimit(),
              settings.ratePerSecond(),
              900,
              512);
      sts =
          new StsGateway(
              stsProperties,
              new PlatformProperties(PLATFORM_KEY_ID, settings.secret(), null, PRINCIPAL));
      Set<String> regions = Set.of("cn-hangzhou", "cn-beijing", "cn-shanghai");
      oss =
          new OssGateway(
              new OssProperties(
                  cloud.ossEndpoint(),
                  Duration.ofSeconds(2),
                  Duration.ofSeconds(3),
                  512,
                  OssProperties.SignatureVersion.V4),
              regions);
      WorkerMetrics metrics = new WorkerMetrics(registry);
      CloudCalls calls =
          new CloudCalls(
              new RetryProperties(
                  settings.maxAttempts(),
                  settings.initialBackoff(),
                  2.0,
                  0.5,
                  Duration.ofMillis(200)),
              settings.rateLimit()
                  ? CloudCalls.StsQuota.limited(settings.ratePerSecond(), scheduler)
                  : CloudCalls.StsQuota.unlimited(),
              io,
              scheduler,
              metrics);
      engine =
          new ValidationEngine(
              calls,
              sts,
              oss,
              new ValidationProperties(
                  settings.deadline(),
                  ".storage-integrations/probe/",
                  settings.externalIdCheck(),
                  List.of(),
                  "/storage-integrations/worker"),
              PRINCIPAL,
              regions,
              Clock.systemUTC(),
              metrics,
              scheduler);
    }

    @Override
    public void close() {
      oss.close();
      io.shutdownNow();
      scheduler.shutdownNow();
    }
  }
}
