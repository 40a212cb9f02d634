package io.storageintegrations.localstack.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool (kubectl, promtool, node, npm) and returns what it printed. */
final class Tool {

  record Result(int exitCode, String output) {}

  private Tool() {}

  /**
   * Skips the calling test, saying why, when the tool is not installed (.ci/run installs it from
   * Debian's packages where it can).
   */
  static void assumeInstalled(String tool) {
    assumeTrue(
        onPath(tool), tool + " is not installed (.ci/run installs it); this check is skipped");
  }

  static Result run(String... command) {
    return runIn(null, command);
  }

  /** Runs the command in a working directory (null: this JVM's). */
  static Result runIn(java.nio.file.Path directory, String... command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
      if (directory != null) {
        builder.directory(directory.toFile());
      }
      Process process = builder.redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish");
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
