package io.storageintegrations.testsupport.process;

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
 * One app in a child JVM, output to {@code <logs>/<name>.log}. Ready when its actuator health
 * answers UP (or when its log says what {@link AppSpec#readyLogLine()} names); if the process dies
 * first, the end of its log says why. Stopped gracefully ({@link #close()}, {@link #terminate()}:
 * SIGTERM) or hard ({@link #kill()}: SIGKILL, like {@code kill -9}).
 */
public final class ChildApp implements AutoCloseable {

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

  /** Starts the app and waits until it is ready. */
  public static ChildApp start(AppSpec spec, Path logsDir) {
    Path log = logsDir.resolve(spec.name() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(spec.jvmOptions());
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

  public String name() {
    return spec.name();
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** {@code pid <n>, port <p>, log <file>}. */
  public String detail() {
    String port = spec.port() > 0 ? ", port " + spec.port() : "";
    return "pid " + process.pid() + port + ", log " + log;
  }

  /** SIGTERM, so the app shuts down gracefully; then SIGKILL if it takes over 30 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    terminate();
    if (!awaitExit(STOP_TIMEOUT)) {
      kill();
    }
  }

  /** SIGTERM, without waiting for the app to finish its shutdown. */
  public void terminate() {
    process.destroy();
  }

  /** SIGKILL (the real process, no shutdown hooks run); waits until the process is gone. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(STOP_TIMEOUT);
  }

  /** Whether the process ended within {@code timeout}. */
  public boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
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
      if (spec.readyLogLine() != null ? logSays(spec.readyLogLine()) : healthy()) {
        return;
      }
      sleep(250);
    }
    close();
    throw new IllegalStateException(
        spec.name()
            + " not ready after "
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
