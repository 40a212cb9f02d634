package io.storageintegrations.testsupport.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTests {

  @TempDir Path logs;

  @Test
  void eachRunKeepsTheEarlierRunsLogsUpToFive() throws IOException {
    Path log = logs.resolve("producer.log");
    for (int run = 1; run <= 7; run++) {
      LogFiles.rotate(log);
      Files.writeString(log, "run " + run);
    }

    assertThat(log).hasContent("run 7");
    for (int n = 1; n <= LogFiles.KEPT_RUNS; n++) {
      assertThat(LogFiles.numbered(log, n)).hasContent("run " + (7 - n));
    }
    assertThat(LogFiles.numbered(log, LogFiles.KEPT_RUNS + 1)).doesNotExist();
  }

  @Test
  void theFirstRunHasNothingToRotate() {
    Path log = logs.resolve("worker.log");

    LogFiles.rotate(log);

    assertThat(logs).isEmptyDirectory();
  }
}
