package io.storageintegrations.producer.registry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Up when the registry was rebuilt and its writer is consuming events; constant time (the view
 * keeps its count).
 */
@Component("registryHealthIndicator")
class RegistryHealth implements HealthIndicator {

  private final KafkaListenerEndpointRegistry listeners;
  private final RegistryRebuilder rebuilder;
  private final RegistryView view;

  RegistryHealth(
      KafkaListenerEndpointRegistry listeners, RegistryRebuilder rebuilder, RegistryView view) {
    this.listeners = listeners;
    this.rebuilder = rebuilder;
    this.view = view;
  }

  @Override
  public Health health() {
    MessageListenerContainer writer = listeners.getListenerContainer("registry-writer");
    boolean writing = writer != null && writer.isRunning();
    Health.Builder health = rebuilder.isRunning() && writing ? Health.up() : Health.down();
    return health
        .withDetail("rebuilt", rebuilder.isRunning())
        .withDetail("writerRunning", writing)
        .withDetail("integrations", view.size())
        .build();
  }
}
