package io.storageintegrations.testsupport.kafka;

/** A broker this JVM can reach, and how to let it go. */
record RunningBroker(BrokerSource source, String bootstrapServers, AutoCloseable stopper) {

  static RunningBroker external(String bootstrapServers) {
    return new RunningBroker(BrokerSource.ENVIRONMENT, bootstrapServers, () -> {});
  }

  void stop() throws Exception {
    stopper.close();
  }
}
