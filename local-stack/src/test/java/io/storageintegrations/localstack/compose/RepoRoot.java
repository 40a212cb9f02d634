package io.storageintegrations.localstack.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: the nearest directory upwards that holds docker-compose.yml. */
public final class RepoRoot {

  private static final Path ROOT = find();

  private RepoRoot() {}

  public static Path path(String relative) {
    return ROOT.resolve(relative).normalize();
  }

  private static Path find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
  }
}
