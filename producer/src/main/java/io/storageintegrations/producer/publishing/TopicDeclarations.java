package io.storageintegrations.producer.publishing;

import io.storageintegrations.model.topic.Topics;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topics the producer writes or reads, so a fresh broker works out of the box. */
@Configuration(proxyBeanMethods = false)
class TopicDeclarations {

  @Bean
  KafkaAdmin.NewTopics storageIntegrationTopics(PublishingProperties properties) {
    return new KafkaAdmin.NewTopics(
        topic(Topics.REQUESTS, properties).build(),
        topic(Topics.REQUESTS_BACKGROUND, properties).build(),
        topic(Topics.EVENTS, properties).build(),
        topic(Topics.REGISTRY, properties).compact().build(),
        // Vending audit (never a credential); 90 days.
        topic(Topics.AUDIT, properties)
            .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(90L * 24 * 3600 * 1000))
            .build(),
        // Kept forever, not compacted: compaction would drop the claim that won a name.
        topic(Topics.PRODUCER_LEDGER, properties)
            .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
            .build());
  }

  private static TopicBuilder topic(String name, PublishingProperties properties) {
    TopicBuilder topic = TopicBuilder.name(name).partitions(properties.partitions());
    // Unset: the broker's default.replication.factor.
    return properties.replicationFactor() == null
        ? topic
        : topic.replicas(properties.replicationFactor());
  }
}
