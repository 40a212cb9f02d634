package io.storageintegrations.chaos.report;

import java.util.Set;

/**
 * What a fault left to measure by: takeover is the time from {@code faultAtMillis} to the first
 * outcome created after {@code countFromMillis} for a request on one of {@code partitions} (of the
 * requests topic); {@code survivorPartitions}, when known, are those the surviving workers owned.
 */
public record FaultMarks(
    long faultAtMillis,
    long countFromMillis,
    Set<Integer> partitions,
    Set<Integer> survivorPartitions,
    String note) {

  public static final FaultMarks NONE = new FaultMarks(0, 0, Set.of(), null, null);

  public FaultMarks {
    partitions = Set.copyOf(partitions);
    survivorPartitions = survivorPartitions == null ? null : Set.copyOf(survivorPartitions);
  }

  /** The same marks with {@code more} added to the note. */
  public FaultMarks withNote(String more) {
    String joined = note == null ? more : note + "; " + more;
    return new FaultMarks(faultAtMillis, countFromMillis, partitions, survivorPartitions, joined);
  }

  boolean measuresTakeover() {
    return !partitions.isEmpty();
  }
}
