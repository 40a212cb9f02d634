package io.storageintegrations.localstack.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run-local.sh --skip-build ...} in a child process (the build already ran: failsafe runs
 * after package), its console captured line by line.
 */
final class LauncherRun implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LauncherRun(Process process) {
    this.process = process;
    Thread reader = new Thread(this::read, "local-stack-console");
    reader.setDaemon(true);
    reader.start();
  }

  static LauncherRun start(Path repoRoot, Ports ports, Path workDir, String... extra) {
    List<String> command = new ArrayList<>();
    command.addAll(List.of("sh", repoRoot.resolve("run-local.sh").toString(), "--skip-build"));
    command.addAll(
        List.of(
            "--work-dir", workDir.toString(),
            "--kafka-port", Integer.toString(ports.kafka()),
            "--emulator-port", Integer.toString(ports.emulator()),
            "--producer-port", Integer.toString(ports.producer()),
            "--worker-port", Integer.toString(ports.worker())));
    command.addAll(List.of(extra));
    try {
      return new LauncherRun(
          new ProcessBuilder(command)
              .directory(repoRoot.toFile())
              .redirectErrorStream(true)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until a console line contains {@code text}; fails with the console so far if not. */
  void awaitLine(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines.stream().noneMatch(line -> line.contains(text))) {
      if (!process.isAlive() && lines.stream().noneMatch(line -> line.contains(text))) {
        Thread.sleep(200); // let the reader drain
        if (lines.stream().anyMatch(line -> line.contains(text))) {
          return;
        }
        throw new AssertionError("launcher exited before '" + text + "':\n" + console());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + console());
      }
      Thread.sleep(100);
    }
  }

  /** SIGTERM, as Ctrl-C through the script amounts to; the exit status. */
  int stop(Duration timeout) throws InterruptedException {
    // Through the handle: Process.destroy() would also close the output we still want to read.
    process.toHandle().destroy();
    return awaitExit(timeout);
  }

  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("launcher still running after " + timeout + ":\n" + console());
    }
    Thread.sleep(200); // let the reader drain
    return process.exitValue();
  }

  String console() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void read() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException ended) {
      // The process is gone.
    }
  }

  /** Free loopback ports, the broker's controller on kafka + 1. */
  record Ports(int kafka, int emulator, int producer, int worker) {

    static Ports free() {
      int kafka;
      do {
        kafka = freePort();
      } while (!isFree(kafka + 1));
      int worker;
      do {
        worker = withFreeManagementPort();
      } while (!isFree(worker + 200)); // the worker's vending endpoint (StackOptions)
      return new Ports(kafka, freePort(), withFreeManagementPort(), worker);
    }

    /** The apps' actuator listens on their port + 100, the worker's vending on + 200. */
    List<Integer> all() {
      return List.of(
          kafka, kafka + 1, emulator, producer, producer + 100, worker, worker + 100, worker + 200);
    }

    private static int withFreeManagementPort() {
      int port;
      do {
        port = freePort();
      } while (!isFree(port + 100));
      return port;
    }

    static boolean isFree(int port) {
      try (ServerSocket socket =
          new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    private static int freePort() {
      try (ServerSocket socket =
          new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Path repoRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("run-local.sh"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no run-local.sh above " + Path.of("").toAbsolutePath());
  }
}
