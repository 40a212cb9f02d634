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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One app in a child JVM, output to {@code <logs>/<name>.log} (earlier runs' logs kept as {@code
 * .log.1} to {@code .log.5}). A Spring Boot app is ready when its actuator health answers UP and
 * its {@code /actuator/info} carries the token this launch gave it, so another app answering on the
 * same port is never taken for ours; an app without an actuator when its log says what {@link
 * AppSpec#readyLogLine()} names. If the process dies first, the end of its log says why. Stopped
 * gracefully ({@link #close()}, {@link #terminate()}: SIGTERM) or hard ({@link #kill()}: SIGKILL,
 * like {@code kill -9}).
 */
public final class ChildApp implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final AppSpec spec;
  private final Process process;
  private final Path log;
  private final String token;

  private ChildApp(AppSpec spec, Process process, Path log, String token) {
    this.spec = spec;
    this.process = process;
    this.log = log;
    this.token = token;
  }

  /** Starts the app and waits until it is ready. */
  public static ChildApp start(AppSpec spec, Path logsDir) {
    Path log = logsDir.resolve(spec.name() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(spec.jvmOptions());
    command.addAll(List.of("-jar", spec.jar().toString()));
    command.addAll(spec.arguments());
    // Identifies this launch in a Spring app's /actuator/info (info.local-stack.launch), not a
    // secret; other apps get no Spring arguments.
    String token = UUID.randomUUID().toString();
    if (spec.readyLogLine() == null) {
      command.add("--management.info.env.enabled=true");
      command.add("--info.local-stack.launch=" + token);
    }
    try {
      Files.createDirectories(logsDir);
      LogFiles.rotate(log);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().putAll(spec.environment());
      ChildApp app = new ChildApp(spec, builder.start(), log, token);
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
      if (spec.readyLogLine() != null) {
        if (logSays(spec.readyLogLine())) {
          return;
        }
      } else if (healthy()) {
        if (answersWithOurToken()) {
          return;
        }
        close();
        throw new IllegalStateException(
            "port "
                + spec.port()
                + " answers healthy, but not as the "
                + spec.name()
                + " just started (its /actuator/info lacks this launch's token): another app"
                + " holds the port. Stop it, or pick another port.");
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
    HttpResponse<String> response = get(spec.healthUrl());
    return response != null && response.statusCode() == 200 && response.body().contains("\"UP\"");
  }

  private boolean answersWithOurToken() {
    HttpResponse<String> response = get(spec.infoUrl());
    return response != null && response.statusCode() == 200 && response.body().contains(token);
  }

  /** The response, or null when nothing answers yet. */
  private HttpResponse<String> get(String url) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException notYet) {
      return null;
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
