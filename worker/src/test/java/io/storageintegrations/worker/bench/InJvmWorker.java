package io.storageintegrations.worker.bench;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.worker.intake.IntakeLoop;
import io.storageintegrations.worker.validation.TestCloud;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * A worker application in the test's own JVM against the test broker and an in-JVM emulator, and
 * reading its outcomes: what the lane benchmark and the hand-over test share. (The throughput
 * benchmark runs the worker in its own JVM: chaos module, {@code WorkerBenchmark}.)
 */
public final class InJvmWorker {

  private InJvmWorker() {}

  /** A consumer of the events topic that reads what is published from now on. */
  static KafkaConsumer<String, byte[]> eventsFromNow() {
    return KafkaRecords.fromNow(
        KafkaBroker.bootstrapServers(), Topics.EVENTS, Duration.ofSeconds(60));
  }

  static void awaitAssignment(IntakeLoop intake) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (intake.state().assignedPartitions() == 0 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    Thread.sleep(1500); // the first fetch resolves "latest" before anything is published
  }

  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /**
   * A worker of its own consumer group against the test broker and {@code emulator}, quiet logs.
   */
  static Map<String, String> workerProperties(CloudEmulator emulator, String group) {
    return new java.util.HashMap<>(
        Map.ofEntries(
            Map.entry("server.port", "0"),
            Map.entry("management.server.port", "0"),
            Map.entry("spring.kafka.bootstrap-servers", KafkaBroker.bootstrapServers()),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "latest"),
            Map.entry("worker.platform.access-key-id", TestCloud.PLATFORM_KEY_ID),
            Map.entry("worker.platform.access-key-secret", TestCloud.PLATFORM_SECRET),
            Map.entry("worker.platform.principal", TestCloud.PRINCIPAL),
            Map.entry("worker.sts.endpoint", emulator.stsEndpoint()),
            Map.entry("worker.sts.scheme", "HTTP"),
            Map.entry("worker.oss.endpoint-template", emulator.ossEndpoint()),
            Map.entry("worker.intake.group-id", group),
            Map.entry("logging.level.root", "WARN")));
  }

  /** Command-line arguments outrank application.yml; default properties would not. */
  static String[] args(Map<String, String> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
