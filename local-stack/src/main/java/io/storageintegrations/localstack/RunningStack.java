package io.storageintegrations.localstack;

import io.storageintegrations.localstack.apps.LocalApp;
import io.storageintegrations.localstack.cloud.LocalCloud;
import io.storageintegrations.localstack.kafka.LocalKafka;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the local stack started, stopped in reverse order: producer, worker, emulator, broker.
 * A component that finishes starting after {@link #stop} is stopped at once, so Ctrl-C during
 * start-up leaves nothing running.
 */
final class RunningStack {

  private final StackOptions options;
  private final Deque<Component> started = new ArrayDeque<>();
  private boolean stopped;
  private LocalCloud cloud;

  RunningStack(StackOptions options) {
    this.options = options;
  }

  LocalCloud cloud() {
    return cloud;
  }

  void start(Console console) {
    Ports.requireFree(options);
    LocalKafka kafka =
        console.step(
            "Kafka broker (KRaft, " + options.bootstrapServers() + ")",
            () -> LocalKafka.start(options.kafkaDir(), options.kafkaPort(), options.clean()));
    add("Kafka broker (data kept in " + options.kafkaDir() + ")", kafka);
    cloud =
        console.step(
            "cloud emulator (STS, OSS, RAM; demo seed)",
            () -> LocalCloud.start(options.emulatorPort()));
    add("cloud emulator", cloud);
    LocalApp worker =
        console.step(
            "worker", () -> LocalApp.start(AppSpecs.worker(options, cloud), options.logsDir()));
    add("worker", worker);
    LocalApp producer =
        console.step(
            "producer (API, registry, status page)",
            () -> LocalApp.start(AppSpecs.producer(options, cloud), options.logsDir()));
    add("producer", producer);
  }

  synchronized void stop(Console console) {
    stopped = true;
    while (!started.isEmpty()) {
      Component component = started.pop();
      long begun = System.nanoTime();
      try {
        component.resource().close();
        console.line(
            String.format(
                "  stopped %s in %.1f s", component.name(), (System.nanoTime() - begun) / 1e9));
      } catch (Exception e) {
        console.line("  stopping " + component.name() + " failed: " + e.getMessage());
      }
    }
  }

  private synchronized void add(String name, AutoCloseable resource) {
    if (stopped) {
      try {
        resource.close();
      } catch (Exception ignored) {
        // Stopping anyway; nothing else to do with it.
      }
      throw new IllegalStateException("stopped while starting");
    }
    started.push(new Component(name, resource));
  }

  private record Component(String name, AutoCloseable resource) {}
}
