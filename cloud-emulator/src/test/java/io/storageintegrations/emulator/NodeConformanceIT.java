package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Alibaba's own Node SDKs from npm (ali-oss V1 and V4, @alicloud/pop-core, @alicloud/sts20150401
 * with ACS3 and RPC signatures) drive the standalone emulator ({@code java -jar ...-exec.jar}): the
 * suite in {@code src/test/node} is installed with {@code npm ci} and run with {@code node --test}.
 * Skips, saying why, where Node.js or npm is not installed.
 */
class NodeConformanceIT {

  private static final Path SUITE = Path.of("src", "test", "node");
  private static final Path WORK = Path.of("target", "node-conformance");
  private static final Pattern LISTENING = Pattern.compile("STS endpoint [^:]+:(\\d+)");
  private static final Pattern COUNT = Pattern.compile("^\\S+ (pass|fail) (\\d+)$");

  @Test
  void alibabasNodeSdksPassAgainstTheStandaloneEmulator() throws Exception {
    assumeTrue(
        onPath("node") && onPath("npm"),
        "Node.js and npm are not on PATH; install Debian's nodejs and npm (as .ci/run does) to run"
            + " the Node SDK conformance suite");
    copySuite();
    run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), null, 600);
    Process emulator = startEmulator();
    try {
      int port = listeningPort(emulator);
      List<String> command =
          new ArrayList<>(
              List.of(
                  "node",
                  "--test",
                  "--test-reporter=spec",
                  "--test-reporter-destination=stdout",
                  "--test-reporter=junit",
                  "--test-reporter-destination=junit.xml"));
      // Named one by one: what a directory argument means differs between Node versions.
      command.addAll(testFiles());
      List<String> output = run(command, Integer.toString(port), 600);
      int passed = count(output, "pass");
      System.out.println(
          "Node SDK conformance: " + passed + " passed, " + count(output, "fail") + " failed");
      assertThat(count(output, "fail")).as(String.join("\n", output)).isZero();
      assertThat(passed).as("node --test ran no test").isPositive();
    } finally {
      emulator.destroy();
      if (!emulator.waitFor(10, TimeUnit.SECONDS)) {
        emulator.destroyForcibly();
      }
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static void copySuite() throws IOException {
    Files.createDirectories(WORK.resolve("test"));
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(SUITE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    try (Stream<Path> tests = Files.list(SUITE.resolve("test"))) {
      for (Path test : tests.toList()) {
        Files.copy(
            test,
            WORK.resolve("test").resolve(test.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static List<String> testFiles() throws IOException {
    try (Stream<Path> files = Files.list(WORK.resolve("test"))) {
      return files
          .map(p -> "test/" + p.getFileName())
          .filter(name -> name.endsWith(".test.mjs"))
          .sorted()
          .toList();
    }
  }

  /** The shaded jar `package` built before the integration tests, started as a user would. */
  private static Process startEmulator() throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar =
          files
              .filter(p -> p.getFileName().toString().matches("cloud-emulator-.*-exec\\.jar"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no target/cloud-emulator-*-exec.jar: run through ./mvnw verify"));
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java, "-jar", jar.toString(), "--port", "0", "--host", "127.0.0.1", "--quiet")
        .redirectErrorStream(true)
        .start();
  }

  private static int listeningPort(Process emulator) throws Exception {
    CompletableFuture<Integer> port =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = lines.readLine()) != null) {
                  Matcher matcher = LISTENING.matcher(line);
                  if (matcher.find()) {
                    drain(lines);
                    return Integer.parseInt(matcher.group(1));
                  }
                  System.out.println("emulator: " + line);
                }
                throw new IllegalStateException("the emulator exited before listening");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    return port.get(60, TimeUnit.SECONDS);
  }

  /** Keeps reading the emulator's output so that it never blocks on a full pipe. */
  private static void drain(BufferedReader lines) {
    Thread drainer =
        new Thread(
            () -> {
              try {
                while (lines.readLine() != null) {
                  // discarded: --quiet leaves only warnings
                }
              } catch (IOException e) {
                // the emulator stopped
              }
            },
            "emulator-output");
    drainer.setDaemon(true);
    drainer.start();
  }

  private static List<String> run(List<String> command, String port, long timeoutSeconds)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
    if (port != null) {
      builder.environment().put("EMULATOR_HOST", "127.0.0.1");
      builder.environment().put("EMULATOR_PORT", port);
    }
    Process process = builder.start();
    List<String> output = new ArrayList<>();
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  System.out.println(line);
                  synchronized (output) {
                    output.add(line);
                  }
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
    }
    reader.get(30, TimeUnit.SECONDS);
    synchronized (output) {
      if (port == null) {
        assertThat(process.exitValue())
            .as(String.join(" ", command) + "\n" + String.join("\n", output))
            .isZero();
      }
      return List.copyOf(output);
    }
  }

  private static int count(List<String> output, String kind) {
    for (String line : output) {
      Matcher matcher = COUNT.matcher(line.trim());
      if (matcher.matches() && matcher.group(1).equals(kind)) {
        return Integer.parseInt(matcher.group(2));
      }
    }
    return kind.equals("fail") ? -1 : 0;
  }
}
