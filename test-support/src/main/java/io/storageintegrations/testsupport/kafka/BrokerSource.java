package io.storageintegrations.testsupport.kafka;

/** Where the test JVM's broker came from, in the order they are tried. */
public enum BrokerSource {
  /** An external broker named by {@code KAFKA_BOOTSTRAP_SERVERS}. */
  ENVIRONMENT,
  /** Testcontainers Kafka ({@code apache/kafka}) on a Docker engine. */
  TESTCONTAINERS,
  /** spring-kafka-test's in-JVM KRaft broker. */
  EMBEDDED
}
