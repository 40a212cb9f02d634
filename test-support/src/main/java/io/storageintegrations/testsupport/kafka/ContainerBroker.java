package io.storageintegrations.testsupport.kafka;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in a Docker container, the same version as the project's Kafka clients. */
final class ContainerBroker {

  static final String IMAGE = "apache/kafka:4.1.2";

  private ContainerBroker() {}

  @SuppressWarnings("resource") // stopped by the shared broker's shutdown hook
  static RunningBroker start() {
    KafkaContainer container = new KafkaContainer(IMAGE);
    container.start();
    return new RunningBroker(
        BrokerSource.TESTCONTAINERS, container.getBootstrapServers(), container::stop);
  }
}
