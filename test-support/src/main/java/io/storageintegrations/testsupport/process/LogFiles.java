package io.storageintegrations.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps the logs of earlier runs: {@code app.log} becomes {@code app.log.1}, and so on. */
final class LogFiles {

  static final int KEPT_RUNS = 5;

  private LogFiles() {}

  /** Moves an existing {@code log} aside; the oldest of {@link #KEPT_RUNS} earlier runs goes. */
  static void rotate(Path log) {
    try {
      Files.deleteIfExists(numbered(log, KEPT_RUNS));
      for (int n = KEPT_RUNS - 1; n >= 1; n--) {
        if (Files.exists(numbered(log, n))) {
          Files.move(numbered(log, n), numbered(log, n + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      if (Files.exists(log)) {
        Files.move(log, numbered(log, 1), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rotate " + log, e);
    }
  }

  static Path numbered(Path log, int n) {
    return log.resolveSibling(log.getFileName() + "." + n);
  }
}
