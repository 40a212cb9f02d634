package io.storageintegrations.chaos.lab;

import io.storageintegrations.testsupport.broker.Ports;
import io.storageintegrations.testsupport.process.AppSpec;
import io.storageintegrations.testsupport.process.ChildApp;
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

  private final ChildApp app;
  private final int port;

  private Producer(ChildApp app, int port) {
    this.app = app;
    this.port = port;
  }

  public static Producer start(Lab lab, String name) {
    int port = Ports.free();
    int management = Ports.free();
    AppSpec spec =
        new AppSpec(
            name,
            ExecJars.find("producer"),
            List.of(
                "--spring.profiles.active=local",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.kafka.bootstrap-servers=" + lab.bootstrapServers(),
                // its registry and ledger topics partitioned like the lab's events topic
                "--storage-integrations.publishing.partitions=" + lab.partitions(),
                // the harness is one caller sending a stream: the per-key budget is not under test
                "--storage-integrations.limits.calls-per-minute=100000"),
            Map.of(),
            management);
    return new Producer(ChildApp.start(spec, lab.logsDir()), port);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
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
