package io.storageintegrations.chaos.lab;

import io.storageintegrations.testsupport.process.AppSpec;
import io.storageintegrations.testsupport.process.ChildApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * N workers from the worker's executable jar, one JVM each, in one consumer group, started side by
 * side (as an orchestrator would) and stopped with SIGTERM when the experiment ends.
 */
public final class WorkerFleet implements AutoCloseable {

  private final List<Worker> workers;

  private WorkerFleet(List<Worker> workers) {
    this.workers = workers;
  }

  public static WorkerFleet start(
      Lab lab, String group, int size, Map<String, String> propertyOverrides) {
    return start(lab, group, size, propertyOverrides, WorkerSettings.JVM);
  }

  /** As above, on other JVM options than the suite's small, C1-only ones (a benchmark's). */
  public static WorkerFleet start(
      Lab lab,
      String group,
      int size,
      Map<String, String> propertyOverrides,
      List<String> jvmOptions) {
    List<CompletableFuture<Worker>> starting = new ArrayList<>();
    ExecutorService starters = Executors.newFixedThreadPool(size);
    for (int index = 1; index <= size; index++) {
      int i = index;
      starting.add(
          CompletableFuture.supplyAsync(
              () -> startOne(lab, group, i, propertyOverrides, jvmOptions), starters));
    }
    starters.shutdown();
    List<Worker> started = new ArrayList<>();
    RuntimeException failure = null;
    for (CompletableFuture<Worker> future : starting) {
      try {
        started.add(future.join());
      } catch (CompletionException e) {
        failure = e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    WorkerFleet fleet = new WorkerFleet(started);
    if (failure != null) {
      fleet.close();
      throw failure;
    }
    return fleet;
  }

  public Worker get(int index) {
    return workers.get(index);
  }

  public int size() {
    return workers.size();
  }

  /** SIGTERM to every worker still running, and wait for each (SIGKILL after 30 s). */
  @Override
  public void close() {
    List<Thread> stopping =
        workers.stream().map(w -> new Thread(w::stop, "stop-" + w.clientId())).toList();
    stopping.forEach(Thread::start);
    for (Thread thread : stopping) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static Worker startOne(
      Lab lab, String group, int index, Map<String, String> overrides, List<String> jvm) {
    Map<String, String> properties = WorkerSettings.properties(lab, group, index, overrides);
    List<String> arguments =
        properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    String name = WorkerSettings.clientId(group, index);
    int management = Integer.parseInt(properties.get("management.server.port"));
    AppSpec spec =
        new AppSpec(
            name,
            ExecJars.find("worker"),
            jvm,
            arguments,
            WorkerSettings.environment(),
            management,
            null);
    return new Worker(ChildApp.start(spec, lab.logsDir()), name, management);
  }
}
