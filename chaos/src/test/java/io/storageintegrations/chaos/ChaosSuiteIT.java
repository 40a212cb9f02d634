package io.storageintegrations.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.chaos.report.Row;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short variant of the suite: experiments a (kill -9 one of three workers) and c (SIGTERM one
 * of two) with 300 requests each, real processes on free ports: nothing lost, at most 1 % answered
 * twice, never two eventIds or two verdicts for one request, no error and no Throttling without a
 * fault, and the table prints. The takeover goals (15 s) are checked by the full suite on a quiet
 * machine, not here, where other builds share the cores.
 */
class ChaosSuiteIT {

  private static final int REQUESTS = 300;

  @Test
  void killedAndStoppedWorkersLoseNoRequest(@TempDir Path work) {
    SuiteOptions options =
        new SuiteOptions(
            REQUESTS,
            100,
            500,
            Duration.ofSeconds(30),
            Duration.ofSeconds(150),
            12,
            List.of("a", "c"),
            work,
            Map.of());

    ChaosSuite.Report report = ChaosSuite.run(options, System.out);
    System.out.println(report.table());

    assertThat(report.rows())
        .extracting(Row::experiment)
        .containsExactly("a. kill -9 1 of 3 workers", "c. SIGTERM 1 of 2 workers");
    assertThat(report.rows())
        .allSatisfy(
            row -> {
              assertThat(row.published()).isEqualTo(REQUESTS);
              assertThat(row.lost()).isZero();
              assertThat(row.duplicates()).isLessThanOrEqualTo(REQUESTS / 100);
              assertThat(row.otherEventId()).isZero();
              assertThat(row.conflicting()).isZero();
              assertThat(row.wrongFinal()).isZero();
              assertThat(row.errored()).isZero();
              assertThat(row.throttlingAnswers()).isZero();
              assertThat(row.takeoverSeconds()).isNotNull().isNotNaN();
            });
    assertThat(report.table().lines())
        .first()
        .asString()
        .startsWith("| experiment | workers | published | answered | lost | duplicates |");
    assertThat(report.table()).contains("| a. kill -9 1 of 3 workers | 3 | 300 | 300 | 0 |");
    assertThat(report.table()).contains("| c. SIGTERM 1 of 2 workers | 2 | 300 | 300 | 0 |");
  }
}
