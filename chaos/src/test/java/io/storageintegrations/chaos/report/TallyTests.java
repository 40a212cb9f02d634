package io.storageintegrations.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.chaos.traffic.Outcome;
import io.storageintegrations.chaos.traffic.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TallyTests {

  private static final Verdict DEADLINE = Verdict.errored("DEADLINE_EXCEEDED");
  private static final Verdict NO_BUCKET = Verdict.failed("BUCKET_NOT_FOUND");

  // r1..r5 on partition 0 of the requests topic, r6 on partition 1; r7 was never acknowledged.
  private static final Map<String, Integer> PUBLISHED =
      Map.of("r1", 0, "r2", 0, "r3", 0, "r4", 0, "r5", 0, "r6", 1);
  private static final Map<String, Verdict> EXPECTED =
      Map.of(
          "r1", Verdict.VALIDATED,
          "r2", Verdict.VALIDATED,
          "r3", Verdict.VALIDATED,
          "r4", NO_BUCKET,
          "r5", Verdict.VALIDATED,
          "r6", Verdict.VALIDATED,
          "r7", Verdict.VALIDATED);

  @Test
  void countsRequestsByHowTheirCopiesAgree() {
    List<Outcome> outcomes =
        List.of(
            outcome("r1", "e1", Verdict.VALIDATED, 10, 1_000),
            // r2: two identical copies
            outcome("r2", "e2", Verdict.VALIDATED, 11, 1_000),
            outcome("r2", "e2", Verdict.VALIDATED, 15, 2_000),
            // r3: ERROR first, VALIDATED later under another eventId: last copy is right
            outcome("r3", "e3", DEADLINE, 12, 1_000),
            outcome("r3", "e3b", Verdict.VALIDATED, 16, 2_000),
            // r4: read out of partition order; the copy at the higher offset is wrong
            outcome("r4", "e4", DEADLINE, 20, 3_000),
            outcome("r4", "e4", NO_BUCKET, 13, 1_000),
            // r7 was not published: ignored
            outcome("r7", "e7", Verdict.VALIDATED, 17, 1_000));

    Row row = Tally.of("x", 2, PUBLISHED, EXPECTED, outcomes, FaultMarks.NONE, 5);

    assertThat(row.published()).isEqualTo(6);
    assertThat(row.answered()).isEqualTo(4);
    assertThat(row.lost()).isEqualTo(2); // r5, r6
    assertThat(row.duplicates()).isEqualTo(3); // r2, r3, r4
    assertThat(row.otherEventId()).isEqualTo(1); // r3
    assertThat(row.conflicting()).isEqualTo(2); // r3, r4
    assertThat(row.wrongFinal()).isEqualTo(1); // r4
    assertThat(row.errored()).isEqualTo(2); // r3, r4
    assertThat(row.throttlingAnswers()).isEqualTo(5);
    assertThat(row.takeoverSeconds()).isNull();
    assertThat(row.survivorDuplicates()).isNull();
  }

  @Test
  void takeoverIsTheFirstOutcomeOnTheFaultedPartitionsAfterTheMark() {
    List<Outcome> outcomes =
        List.of(
            outcome("r1", "e1", Verdict.VALIDATED, 1, 9_000), // before the mark
            outcome("r6", "e6", Verdict.VALIDATED, 2, 10_500), // another partition
            outcome("r2", "e2", Verdict.VALIDATED, 3, 14_000),
            outcome("r3", "e3", Verdict.VALIDATED, 4, 12_500),
            outcome("r3", "e3", Verdict.VALIDATED, 5, 13_000));
    FaultMarks marks = new FaultMarks(10_000, 12_000, Set.of(0), Set.of(1), null);

    Row row = Tally.of("x", 2, PUBLISHED, EXPECTED, outcomes, marks, 0);

    assertThat(row.takeoverSeconds()).isEqualTo(2.5);
    assertThat(row.survivorDuplicates()).isZero(); // r3's duplicates are on partition 0
  }

  @Test
  void aTakeoverThatNeverCameIsNotANumber() {
    FaultMarks marks = new FaultMarks(10_000, 10_000, Set.of(1), null, null);

    Row row = Tally.of("x", 2, PUBLISHED, EXPECTED, List.of(), marks, 0);

    assertThat(row.takeoverSeconds()).isNaN();
    assertThat(Table.render(List.of(row))).contains("| never |");
  }

  @Test
  void theTableHasOneLinePerExperimentUnderItsHeader() {
    Row row = new Row("c. stop", 2, 300, 299, 7, 3L, 1, 2, 0, 4, 12, 1, 8.25, "pid 1 exited");

    String table = Table.render(List.of(row));

    assertThat(table.lines().toList())
        .containsExactly(
            "| experiment | workers | published | answered | lost | duplicates | dup. other eventId"
                + " | conflicting verdicts | wrong final verdict | errored w/o fault | throttled"
                + " (answers / outcomes) | takeover s |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            "| c. stop | 2 | 300 | 299 | 1 | 7 (3 on survivor) | 1 | 2 | 0 | 4 | 12 / 1 | 8.3 |",
            "",
            "c. stop: pid 1 exited");
  }

  private static Outcome outcome(
      String requestId, String eventId, Verdict verdict, long offset, long createdAt) {
    return new Outcome(requestId, eventId, verdict, 0, offset, createdAt, false);
  }
}
