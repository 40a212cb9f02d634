package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.emulator.seed.SeedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds with mistakes fail with the line or field named; the standalone main exits non-zero. */
class SeedIT {

  @TempDir Path dir;

  private String write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void anUnknownFieldIsReportedWithItsLine() throws Exception {
    String seed =
        write(
            "typo.yaml",
            "accounts:\n  - id: \"1000000000000001\"\n    users:\n      - nmae: validator\n");
    assertThatThrownBy(() -> CloudEmulator.start(seed))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("unknown field 'nmae'")
        .hasMessageContaining("accounts[0].users[0]")
        .hasMessageContaining("known: keys, name, policies");
  }

  @Test
  void semanticMistakesNameTheField() throws Exception {
    assertThatThrownBy(
            () -> CloudEmulator.start(write("policy.yaml", "accounts:\n  - id: \"2\"\n")))
        .hasMessageContaining("accounts[0].id");
    String missingPolicy =
        "accounts:\n  - id: \"1000000000000001\"\n    roles:\n      - name: r\n        trust: {Statement: [{Effect: Allow, Action: sts:AssumeRole, Principal: \"*\"}]}\n        policies: [Nope]\n";
    assertThatThrownBy(() -> CloudEmulator.start(write("missing.yaml", missingPolicy)))
        .hasMessageContaining("accounts[0].roles[0].policies[0]")
        .hasMessageContaining("no policy 'Nope'");
    String badGrammar =
        "accounts:\n  - id: \"1000000000000001\"\n    policies:\n      - name: p\n        document: {Statement: [{Effect: Permit, Action: \"*\", Resource: \"*\"}]}\n";
    assertThatThrownBy(() -> CloudEmulator.start(write("grammar.yaml", badGrammar)))
        .hasMessageContaining("accounts[0].policies[0].document")
        .hasMessageContaining("Effect must be");
    String badBucket =
        "accounts:\n  - id: \"1000000000000001\"\n    buckets:\n      - name: Bad_Bucket\n";
    assertThatThrownBy(() -> CloudEmulator.start(write("bucket.yaml", badBucket)))
        .hasMessageContaining("accounts[0].buckets[0].name");
    String badCondition =
        "accounts:\n  - id: \"1000000000000001\"\n    policies:\n      - name: p\n        document: {Statement: [{Effect: Allow, Action: \"*\", Resource: \"*\", Condition: {IpAddress: {acs:SourceIp: 10.0.0.0/8}}}]}\n";
    assertThatThrownBy(() -> CloudEmulator.start(write("condition.yaml", badCondition)))
        .hasMessageContaining("'IpAddress' is not supported");
    assertThatThrownBy(() -> CloudEmulator.start(dir.resolve("absent.yaml").toString()))
        .hasMessageContaining("file not found");
    assertThatThrownBy(() -> CloudEmulator.start(write("syntax.yaml", "accounts: [\n")))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("line");
  }

  @Test
  void jsonSeedsWorkToo() throws Exception {
    String seed =
        write(
            "seed.json",
            "{\"accounts\":[{\"id\":\"1000000000000001\",\"buckets\":[{\"name\":\"json-bucket\",\"region\":\"oss-cn-beijing\"}]}]}");
    try (CloudEmulator emulator = CloudEmulator.start(seed)) {
      assertThat(emulator.state().bucket("json-bucket").region()).isEqualTo("cn-beijing");
    }
  }

  @Test
  void theStandaloneMainServesTheDemoSeedAndLogsEachRequest() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CloudEmulatorMain.class.getName(),
                "--port",
                "0",
                "--host",
                "127.0.0.1")
            .redirectErrorStream(true)
            .start();
    try (var out =
        new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
      String banner = out.readLine();
      assertThat(banner).startsWith("cloud emulator listening: STS endpoint 127.0.0.1:");
      String admin = banner.substring(banner.indexOf("admin ") + 6).trim();
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin + "/state"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).contains("acme-exports");
      String log = out.readLine();
      assertThat(log).contains("GET /_admin/state 200 admin OK");
    } finally {
      process.destroy();
    }
  }

  @Test
  void theStandaloneMainExitsWithAMessageForABadSeed() throws Exception {
    String seed =
        write(
            "bad.yaml",
            "accounts:\n  - id: \"1000000000000001\"\n    rootKeys:\n      - id: only-an-id\n");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CloudEmulatorMain.class.getName(),
                "--port",
                "0",
                "--seed",
                seed)
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output)
        .contains("cloud-emulator: seed")
        .contains("accounts[0].rootKeys[0].secret: is required");
  }
}
