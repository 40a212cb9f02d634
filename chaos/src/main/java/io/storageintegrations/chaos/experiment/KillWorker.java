package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.lab.Worker;
import io.storageintegrations.chaos.report.FaultMarks;
import java.time.Duration;
import java.util.Set;

/**
 * {@code kill -9} of the fleet's first worker. Its partitions, read from the group just before, are
 * where takeover is measured: from the kill to the first outcome created after it on one of them
 * (necessarily by another worker).
 */
final class KillWorker implements Fault {

  private static final Duration OWNERSHIP_TIMEOUT = Duration.ofMinutes(1);

  @Override
  public FaultMarks inject(FaultScene scene) {
    Worker victim = scene.fleet().get(0);
    Set<Integer> owned =
        scene
            .group()
            .awaitAssigned(scene.fleet().size(), OWNERSHIP_TIMEOUT)
            .getOrDefault(victim.clientId(), Set.of());
    long killedAt = System.currentTimeMillis();
    victim.kill();
    String reassigned = Reassignment.await(scene, killedAt, "kill");
    return new FaultMarks(
        killedAt,
        killedAt,
        owned,
        null,
        "killed pid " + victim.pid() + ", which owned partitions " + owned + "; " + reassigned);
  }
}
