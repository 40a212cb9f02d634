package io.storageintegrations.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates Kubernetes objects against the schema of their apiVersion/kind, CRDs included, with the
 * kubernetes-models npm packages run by Node.js (src/test/node/k8s-schemas; docs/deployment.md says
 * why these). {@code npm ci} installs them from package-lock.json once per test JVM; after the
 * first download npm's cache serves them, so the check runs offline.
 */
final class KubernetesSchemas {

  /** What the validator found wrong: the object (Kind/name), a JSON pointer into it, and why. */
  record Problem(String object, String path, String message) {}

  record Report(int validated, List<Problem> problems) {}

  private static final Path SUITE = Path.of("src", "test", "node", "k8s-schemas");
  private static final Path WORK = Path.of("target", "k8s-schemas");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static boolean installed;

  private KubernetesSchemas() {}

  static Report validate(List<Map<String, Object>> objects) {
    install();
    Path input = WORK.resolve("objects-" + ProcessHandle.current().pid() + ".json");
    try {
      Files.writeString(input, JSON.writeValueAsString(objects));
      Tool.Result result =
          Tool.run("node", WORK.resolve("validate.mjs").toString(), input.toString());
      assertThat(result.exitCode()).as("node validate.mjs: " + result.output()).isZero();
      String output = result.output();
      // Anything Node warns about comes first (stderr is merged); the report is the last line.
      return JSON.readValue(output.substring(output.lastIndexOf("{\"validated\"")), Report.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void install() {
    Tool.assumeInstalled("node");
    Tool.assumeInstalled("npm");
    if (installed) {
      return;
    }
    try {
      Files.createDirectories(WORK);
      for (String file : List.of("package.json", "package-lock.json", "validate.mjs")) {
        Files.copy(SUITE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Tool.Result npm =
        Tool.runIn(
            WORK, "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error");
    assertThat(npm.exitCode()).as("npm ci in " + WORK + ": " + npm.output()).isZero();
    installed = true;
  }
}
