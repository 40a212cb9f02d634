package io.storageintegrations.chaos.lab;

import io.storageintegrations.testsupport.broker.Ports;
import io.storageintegrations.testsupport.process.AppSpec;
import io.storageintegrations.testsupport.process.ChildApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One producer process (API and registry) from its executable jar, in the registry's consumer group
 * with every other producer on the lab's broker. It runs the {@code local} profile for its demo API
 * key; ready when its actuator health (registry rebuilt, writer consuming) is UP.
 */
public final class Producer implements AutoCloseable {

  /** The demo key of the producer's {@code local} profile, for project {@code demo}. */
  public static final String DEMO_KEY = "demo-key";

  /** The demo job key of the {@code local} profile: may only vend, for project {@code demo}. */
  public static final String DEMO_JOB_KEY = "demo-job-key";

  private final ChildApp app;
  private final int port;
  private final int managementPort;

  private Producer(ChildApp app, int port, int managementPort) {
    this.app = app;
    this.port = port;
    this.managementPort = managementPort;
  }

  public static Producer start(Lab lab, String name) {
    return start(lab, name, Map.of(), AppSpec.SMALL_JVM);
  }

  /** As above, with more properties (e.g. vending's) on other JVM options (a benchmark's). */
  public static Producer start(
      Lab lab, String name, Map<String, String> properties, List<String> jvmOptions) {
    int port = Ports.free();
    int management = Ports.free();
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=local",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.kafka.bootstrap-servers=" + lab.bootstrapServers(),
                // the principal the lab's workers sign as, so its materials' trust policies work
                "--storage-integrations.platform.principal-arn="
                    + WorkerSettings.PLATFORM_PRINCIPAL,
                // its registry and ledger topics partitioned like the lab's events topic
                "--storage-integrations.publishing.partitions=" + lab.partitions(),
                // the harness is one caller sending a stream: the per-key budget is not under test
                "--storage-integrations.limits.calls-per-minute=100000"));
    properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    AppSpec spec =
        new AppSpec(name, ExecJars.find("producer"), arguments, Map.of(), management)
            .withJvmOptions(jvmOptions);
    return new Producer(ChildApp.start(spec, lab.logsDir()), port, management);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Its actuator (health, metrics, prometheus), on its own port. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort + "/actuator";
  }

  public long pid() {
    return app.pid();
  }

  /** {@code kill -9}: no shutdown hook, no commit, transactions left open. */
  public void kill() {
    app.kill();
  }

  public String detail() {
    return app.detail();
  }

  @Override
  public void close() {
    app.close();
  }
}
