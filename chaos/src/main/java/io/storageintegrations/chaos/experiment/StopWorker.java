package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.lab.Worker;
import io.storageintegrations.chaos.report.FaultMarks;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * SIGTERM to the fleet's first worker, which drains and leaves. Takeover runs from the signal to
 * the first outcome on its partitions created after its process ended; duplicates are also counted
 * on the partitions the survivors owned before the stop, where a graceful stop should cause none.
 */
final class StopWorker implements Fault {

  private static final Duration OWNERSHIP_TIMEOUT = Duration.ofMinutes(1);

  private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(2);

  @Override
  public FaultMarks inject(FaultScene scene) {
    Worker stopping = scene.fleet().get(0);
    Map<String, Set<Integer>> owners =
        scene.group().awaitAssigned(scene.fleet().size(), OWNERSHIP_TIMEOUT);
    Set<Integer> owned = owners.getOrDefault(stopping.clientId(), Set.of());
    Set<Integer> survivors = new HashSet<>();
    owners.forEach(
        (client, partitions) -> {
          if (!client.equals(stopping.clientId())) {
            survivors.addAll(partitions);
          }
        });
    long signalledAt = System.currentTimeMillis();
    stopping.terminate();
    // The group may reassign before the process has exited (the consumer leaves, then shutdown).
    ExecutorService watcher = Executors.newSingleThreadExecutor();
    CompletableFuture<String> reassigned =
        CompletableFuture.supplyAsync(
            () -> Reassignment.await(scene, signalledAt, "SIGTERM"), watcher);
    watcher.shutdown();
    boolean exited = stopping.awaitExit(EXIT_TIMEOUT);
    long exitedAt = System.currentTimeMillis();
    String stop =
        exited
            ? String.format(
                Locale.ROOT, "exited %.1f s after SIGTERM", (exitedAt - signalledAt) / 1000.0)
            : "still running " + EXIT_TIMEOUT.toSeconds() + " s after SIGTERM";
    return new FaultMarks(
        signalledAt,
        exitedAt,
        owned,
        survivors,
        "pid "
            + stopping.pid()
            + " owned partitions "
            + owned
            + ", "
            + stop
            + "; "
            + reassigned.join());
  }
}
