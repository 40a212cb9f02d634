package io.storageintegrations.chaos.report;

/**
 * One experiment's line of the table. Request counts: {@code duplicates} have more than one outcome
 * record, {@code otherEventId} copies with different eventIds, {@code conflicting} copies that
 * disagree on the verdict, {@code wrongFinal} a last copy (in partition order) other than the
 * expected verdict, {@code errored} at least one ERRORED copy although no cloud fault was injected.
 * {@code survivorDuplicates} and {@code takeoverSeconds} are null where they do not apply.
 */
public record Row(
    String experiment,
    int workers,
    int published,
    long answered,
    long duplicates,
    Long survivorDuplicates,
    long otherEventId,
    long conflicting,
    long wrongFinal,
    long errored,
    long throttlingAnswers,
    long throttlingOutcomes,
    Double takeoverSeconds,
    String note) {

  public long lost() {
    return published - answered;
  }
}
