package io.storageintegrations.localstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.localstack.demo.ProducerClient;
import io.storageintegrations.localstack.run.LauncherRun.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The README's first command, run twice in a row as a new user would: the first run starts from
 * nothing, shows every demo outcome and stops cleanly on SIGTERM; the second reuses the broker's
 * data and still ends every scenario as expected.
 */
class LocalStackIT {

  private static final Duration START = Duration.ofMinutes(4);
  private static final Duration STOP = Duration.ofMinutes(1);

  private static final Map<String, String> EXPECTED_STATES =
      Map.of(
          "backups", "ACTIVE",
          "shanghai-logs", "INVALID",
          "exports", "INVALID",
          "typo-role", "INVALID",
          "stale-trust", "INVALID",
          "open-role", "INVALID",
          "no-bucket", "INVALID",
          "flaky-network", "ACTIVE");

  @Test
  void runsTheDemoStaysUpAndRunsAgainOnTheSameWorkDirectory() throws Exception {
    Path root = LauncherRun.repoRoot();
    Path workDir = root.resolve("local-stack/target/it-work");
    wipe(workDir);
    Ports ports = Ports.free();

    try (LauncherRun first = LauncherRun.start(root, ports, workDir)) {
      first.awaitLine("Press Ctrl-C to stop.", START);

      assertThat(first.console())
          .contains("new work directory")
          .contains("starting Kafka broker", "starting cloud emulator", "starting worker")
          .contains("8 of 8 scenarios ended as expected.")
          .contains("status page     http://127.0.0.1:" + ports.producer() + "/status.html");
      for (String name : EXPECTED_STATES.keySet()) {
        assertThat(first.console())
            .contains(name + " -> " + EXPECTED_STATES.get(name) + ", as expected");
      }
      assertThat(first.console())
          .contains("FAIL  bucket exists in region")
          .contains("FAIL  write")
          .contains("FAIL  role assumable")
          .contains("FAIL  external id enforced")
          .contains("fix: ")
          .contains("after 3 attempts")
          .contains("Backup export: a job uses integration backups")
          .contains("3 parts, 655360 bytes")
          .contains("listed it back under the prefix and read it: size and CRC-64 match")
          .contains("was denied: AccessDenied, as expected");
      checkTheRegistry(ports);

      assertThat(first.stop(STOP)).isZero();
      assertThat(first.console())
          .contains("stopped producer", "stopped worker", "stopped Kafka broker", "Stopped.");
    }
    assertThat(ports.all()).allMatch(Ports::isFree);

    try (LauncherRun second = LauncherRun.start(root, ports, workDir, "--exit-after-demo")) {
      assertThat(second.awaitExit(START)).isZero();
      assertThat(second.console())
          .contains("reusing the previous run's data")
          .contains("removed 8 integrations left by the previous run's demo")
          .contains("8 of 8 scenarios ended as expected.")
          .contains("Stopped.");
    }
    assertThat(ports.all()).allMatch(Ports::isFree);
  }

  /** What the demo printed is what the API serves. */
  private static void checkTheRegistry(Ports ports) {
    ProducerClient api = new ProducerClient("http://127.0.0.1:" + ports.producer(), "demo-key");
    List<JsonNode> integrations = api.list("demo");
    Map<String, String> states =
        integrations.stream()
            .collect(
                Collectors.toMap(i -> i.get("name").asString(), i -> i.get("state").asString()));
    assertThat(states).isEqualTo(EXPECTED_STATES);

    JsonNode validated = api.describe(idOf(integrations, "backups"));
    assertThat(validated.get("checks"))
        .isNotEmpty()
        .allMatch(check -> check.get("status").asString().equals("PASS"));
    JsonNode healed = api.describe(idOf(integrations, "flaky-network"));
    assertThat(healed.get("checks")).anyMatch(check -> check.get("attempts").asInt() == 3);
    JsonNode missingPermission = api.describe(idOf(integrations, "exports"));
    assertThat(missingPermission.get("checks"))
        .anyMatch(
            check ->
                check.get("check").asString().equals("WRITE")
                    && check.get("status").asString().equals("FAIL")
                    && check.get("remediation").asString().contains("oss:PutObject"));
  }

  private static String idOf(List<JsonNode> integrations, String name) {
    return integrations.stream()
        .filter(i -> i.get("name").asString().equals(name))
        .map(i -> i.get("integrationId").asString())
        .findFirst()
        .orElseThrow();
  }

  private static void wipe(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
