package io.storageintegrations.testsupport.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Waits until the broker process serves requests: its port accepts, then a cluster description
 * names a node. Fails at once if the process dies, quoting the end of its log.
 */
final class Readiness {

  private static final int LOG_TAIL_LINES = 30;

  private Readiness() {}

  static void await(BrokerProcessSettings settings, Process process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Ports.accepting(settings.port())) {
      checkAlive(settings, process);
      checkDeadline(settings, deadline, timeout);
      sleep(100);
    }
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
    try (Admin admin = Admin.create(config)) {
      while (true) {
        checkAlive(settings, process);
        checkDeadline(settings, deadline, timeout);
        try {
          if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception notYet) {
          sleep(200);
        }
      }
    }
  }

  static String logTail(BrokerProcessSettings settings) {
    try {
      List<String> lines = Files.readAllLines(settings.logFile());
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void checkAlive(BrokerProcessSettings settings, Process process) {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "Kafka broker process exited with "
              + process.exitValue()
              + "; end of "
              + settings.logFile()
              + ":\n"
              + logTail(settings));
    }
  }

  private static void checkDeadline(
      BrokerProcessSettings settings, long deadline, Duration timeout) {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(
          "Kafka broker not ready on "
              + settings.bootstrapServers()
              + " after "
              + timeout
              + "; end of log:\n"
              + logTail(settings));
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
    }
  }
}
