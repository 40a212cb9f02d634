package io.storageintegrations.localstack;

import io.storageintegrations.localstack.apps.AppJars;
import io.storageintegrations.localstack.cloud.LocalCloud;
import io.storageintegrations.localstack.cloud.PlatformIdentity;
import io.storageintegrations.testsupport.process.AppSpec;
import java.util.List;
import java.util.Map;

/**
 * How the local stack configures the two apps: the same jars as production, pointed at the local
 * broker and the emulator through ordinary Spring properties (docs/local-stack.md lists them).
 */
final class AppSpecs {

  /** The demo key of the producer's {@code local} profile (application-local.yml). */
  static final String DEMO_API_KEY = "demo-key";

  /** Everything the local stack starts listens here only: its keys are published demo values. */
  static final String LOOPBACK = "127.0.0.1";

  /**
   * The internal token between producer and worker for credential vending: new for every launch,
   * handed to both through the environment (never the command line, never a published value).
   */
  static final String VENDING_TOKEN =
      java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID();

  private AppSpecs() {}

  static AppSpec worker(StackOptions options, LocalCloud cloud) {
    PlatformIdentity platform = cloud.platform();
    return new AppSpec(
        "worker",
        AppJars.find("worker"),
        List.of(
            "--spring.profiles.active=local",
            "--server.address=" + LOOPBACK,
            "--server.port=" + options.workerPort(),
            "--management.server.address=" + LOOPBACK,
            "--management.server.port=" + options.workerManagementPort(),
            "--spring.kafka.bootstrap-servers=" + options.bootstrapServers(),
            "--worker.sts.endpoint=" + cloud.stsEndpoint(),
            "--worker.sts.scheme=HTTP",
            "--worker.oss.endpoint-template=" + cloud.ossEndpoint(),
            "--worker.platform.access-key-id=" + platform.accessKeyId(),
            "--worker.platform.principal=" + platform.principalArn(),
            "--worker.vending.enabled=true",
            "--worker.vending.address=" + LOOPBACK,
            "--worker.vending.port=" + options.workerVendingPort()),
        // Secrets go through the environment, never the command line (ps shows that).
        Map.of(
            "WORKER_PLATFORM_ACCESS_KEY_SECRET",
            platform.accessKeySecret(),
            "WORKER_VENDING_TOKEN",
            VENDING_TOKEN),
        options.workerManagementPort());
  }

  static AppSpec producer(StackOptions options, LocalCloud cloud) {
    PlatformIdentity platform = cloud.platform();
    return new AppSpec(
        "producer",
        AppJars.find("producer"),
        List.of(
            // The only profile that accepts the published demo API keys.
            "--spring.profiles.active=local",
            "--server.address=" + LOOPBACK,
            "--server.port=" + options.producerPort(),
            "--management.server.address=" + LOOPBACK,
            "--management.server.port=" + options.producerManagementPort(),
            "--spring.kafka.bootstrap-servers=" + options.bootstrapServers(),
            "--storage-integrations.platform.account-id=" + platform.accountId(),
            "--storage-integrations.platform.principal-arn=" + platform.principalArn(),
            "--storage-integrations.vending.worker-url=http://"
                + LOOPBACK
                + ":"
                + options.workerVendingPort()),
        Map.of("VENDING_TOKEN", VENDING_TOKEN),
        options.producerManagementPort());
  }
}
