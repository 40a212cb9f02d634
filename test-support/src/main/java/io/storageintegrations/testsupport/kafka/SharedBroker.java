package io.storageintegrations.testsupport.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the JVM's one broker: picks a source on first use, stops it at JVM exit. */
final class SharedBroker {

  static final String ENV_BOOTSTRAP = "KAFKA_BOOTSTRAP_SERVERS";

  private static final Logger log = LoggerFactory.getLogger(SharedBroker.class);
  private static volatile RunningBroker broker;

  private SharedBroker() {}

  static RunningBroker get() {
    RunningBroker current = broker;
    if (current != null) {
      return current;
    }
    synchronized (SharedBroker.class) {
      if (broker == null) {
        long started = System.nanoTime();
        broker = choose();
        System.setProperty(KafkaBroker.SPRING_BOOTSTRAP_PROPERTY, broker.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(SharedBroker::stop, "kafka-broker-stop"));
        log.info(
            "Kafka broker for tests: {} at {} (ready in {} ms)",
            broker.source(),
            broker.bootstrapServers(),
            (System.nanoTime() - started) / 1_000_000);
      }
      return broker;
    }
  }

  private static RunningBroker choose() {
    String external = System.getenv(ENV_BOOTSTRAP);
    if (external != null && !external.isBlank()) {
      return RunningBroker.external(external.trim());
    }
    if (DockerProbe.dockerAnswers()) {
      return ContainerBroker.start();
    }
    return EmbeddedBroker.start();
  }

  private static void stop() {
    try {
      // Spring's test-context cache closes its Kafka clients in a shutdown hook of its own, running
      // concurrently; a short grace lets them leave their groups while the broker still answers.
      Thread.sleep(500);
      broker.stop();
    } catch (Exception e) {
      log.warn("Stopping the test Kafka broker failed: {}", e.toString());
    }
  }
}
