package io.storageintegrations.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The broker's directory: new, holding a previous run's data, or to be wiped. */
final class WorkDirectory {

  private WorkDirectory() {}

  /** A formatted KRaft data directory from an earlier run. */
  static boolean hasPreviousRun(Path kafkaDir) {
    return Files.isRegularFile(kafkaDir.resolve("data").resolve("meta.properties"));
  }

  static void wipe(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + "; delete it by hand", e);
    }
  }
}
