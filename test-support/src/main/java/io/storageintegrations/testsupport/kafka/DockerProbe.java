package io.storageintegrations.testsupport.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/**
 * Asks Testcontainers about Docker only where an engine may plausibly exist, so machines without
 * one fall through at once and without Testcontainers' error log.
 */
final class DockerProbe {

  private static final long ANSWER_SECONDS = 10;

  private DockerProbe() {}

  static boolean dockerAnswers() {
    if (!dockerHinted()) {
      return false;
    }
    try {
      return CompletableFuture.supplyAsync(() -> DockerClientFactory.instance().isDockerAvailable())
          .get(ANSWER_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean dockerHinted() {
    if (System.getenv("DOCKER_HOST") != null) {
      return true;
    }
    String home = System.getProperty("user.home");
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    List<Path> hints =
        List.of(
            Path.of("/var/run/docker.sock"),
            Path.of(home, ".docker", "run", "docker.sock"),
            Path.of(home, ".testcontainers.properties"),
            Path.of(runtimeDir == null ? "/nonexistent" : runtimeDir, "docker.sock"));
    return System.getProperty("os.name", "").startsWith("Windows")
        || hints.stream().anyMatch(Files::exists);
  }
}
