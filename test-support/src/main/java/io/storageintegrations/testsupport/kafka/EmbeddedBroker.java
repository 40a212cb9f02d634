package io.storageintegrations.testsupport.kafka;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** spring-kafka-test's KRaft broker inside the test JVM: one node, a few partitions per topic. */
final class EmbeddedBroker {

  static final int PARTITIONS = 3;

  private EmbeddedBroker() {}

  static RunningBroker start() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
    broker.brokerProperties(
        Map.of(
            "num.partitions", String.valueOf(PARTITIONS),
            // 50 offsets partitions (the default) cost seconds on the first consumer group.
            "offsets.topic.num.partitions", "5",
            "group.initial.rebalance.delay.ms", "0",
            // the producer publishes in transactions; one node holds the transaction log
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "transaction.state.log.num.partitions", "5"));
    broker.afterPropertiesSet();
    return new RunningBroker(BrokerSource.EMBEDDED, broker.getBrokersAsString(), broker::destroy);
  }
}
