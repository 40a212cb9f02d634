package io.storageintegrations.chaos.lab;

import io.storageintegrations.testsupport.process.ChildApp;
import java.time.Duration;

/** One worker process of a fleet, known to the consumer group by its client id. */
public final class Worker {

  private final ChildApp app;
  private final String clientId;
  private final int managementPort;

  Worker(ChildApp app, String clientId, int managementPort) {
    this.app = app;
    this.clientId = clientId;
    this.managementPort = managementPort;
  }

  public String clientId() {
    return clientId;
  }

  /** Its actuator (health, metrics, prometheus), on its own port. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort + "/actuator";
  }

  public long pid() {
    return app.pid();
  }

  /** {@code kill -9}: the process ends at once; no shutdown hook, no commit, no goodbye. */
  public void kill() {
    app.kill();
  }

  /** SIGTERM: the worker stops polling, drains in-flight work, commits and leaves the group. */
  public void terminate() {
    app.terminate();
  }

  public boolean awaitExit(Duration timeout) {
    return app.awaitExit(timeout);
  }

  void stop() {
    app.close();
  }
}
