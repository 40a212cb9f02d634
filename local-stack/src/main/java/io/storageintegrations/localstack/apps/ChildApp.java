package io.storageintegrations.localstack.apps;

import io.storageintegrations.localstack.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Spring Boot app in a child JVM, output to {@code <logs>/<name>.log}. Ready when its actuator
 * health answers UP (or, for an app without a web server, when Spring logs that it started); if the
 * process dies first, the end of its log says why.
 */
public final class ChildApp implements AutoCloseable, Console.Detailed {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final AppSpec spec;
  private final Process process;
  private final Path log;

  private ChildApp(AppSpec spec, Process process, Path log) {
    this.spec = spec;
    this.process = process;
    this.log = log;
  }

  public static ChildApp start(AppSpec spec, Path logsDir) {
    Path log = logsDir.resolve(spec.name() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A demo, not a benchmark: start fast and stay small.
    command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(List.of("-jar", spec.jar().toString()));
    command.addAll(spec.arguments());
    try {
      Files.createDirectories(logsDir);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().putAll(spec.environment());
      ChildApp app = new ChildApp(spec, builder.start(), log);
      app.awaitReady();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + spec.name(), e);
    }
  }

  @Override
  public String detail() {
    String port = spec.port() > 0 ? ", port " + spec.port() : "";
    return "pid " + process.pid() + port + ", log " + log;
  }

  public Path log() {
    return log;
  }

  /** SIGTERM, so Spring shuts down gracefully (the worker drains in-flight work); then SIGKILL. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            spec.name()
                + " exited with "
                + process.exitValue()
                + "; end of "
                + log
                + ":\n"
                + tail());
      }
      if (spec.port() > 0 ? healthy() : logSays("Started ")) {
        return;
      }
      sleep(250);
    }
    close();
    throw new IllegalStateException(
        spec.name()
            + " not healthy after "
            + READY_TIMEOUT.toSeconds()
            + " s; end of "
            + log
            + ":\n"
            + tail());
  }

  private boolean healthy() {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(spec.healthUrl()))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
    }
  }

  private boolean logSays(String text) {
    try {
      return Files.readString(log).contains(text);
    } catch (IOException notYet) {
      return false;
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
