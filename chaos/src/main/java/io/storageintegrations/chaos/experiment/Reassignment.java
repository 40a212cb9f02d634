package io.storageintegrations.chaos.experiment;

import java.time.Duration;
import java.util.Locale;

/**
 * When the group had handed a departed worker's partitions to the others: the group-level part of
 * takeover, which the first outcome on those partitions may follow much later if the survivors are
 * busy with a backlog of their own.
 */
final class Reassignment {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private Reassignment() {}

  /** Waits for the group to be stable with one worker fewer; says how long after {@code since}. */
  static String await(FaultScene scene, long sinceMillis, String since) {
    try {
      scene.group().awaitAssigned(scene.fleet().size() - 1, TIMEOUT);
      return String.format(
          Locale.ROOT,
          "its partitions reassigned %.1f s after the %s",
          (System.currentTimeMillis() - sinceMillis) / 1000.0,
          since);
    } catch (IllegalStateException notYet) {
      return "its partitions not reassigned within " + TIMEOUT.toSeconds() + " s";
    }
  }
}
