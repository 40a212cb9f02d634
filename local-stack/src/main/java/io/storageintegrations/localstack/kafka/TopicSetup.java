package io.storageintegrations.localstack.kafka;

import io.storageintegrations.model.topic.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the catalogue's topics as docker-compose's one-shot service does: 6 partitions each, the
 * registry compacted. Topics kept from a previous run stay as they are.
 */
final class TopicSetup {

  static final int PARTITIONS = 6;

  private TopicSetup() {}

  /** Returns how many topics were created (the rest existed). */
  static int create(String bootstrapServers) {
    List<NewTopic> topics =
        List.of(
            new NewTopic(Topics.REQUESTS, PARTITIONS, (short) 1),
            new NewTopic(Topics.REQUESTS_BACKGROUND, PARTITIONS, (short) 1),
            new NewTopic(Topics.EVENTS, PARTITIONS, (short) 1),
            new NewTopic(Topics.REGISTRY, PARTITIONS, (short) 1)
                .configs(
                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
            new NewTopic(Topics.REQUESTS_DLT, PARTITIONS, (short) 1),
            new NewTopic(Topics.AUDIT, PARTITIONS, (short) 1));
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
      return missing.size();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("creating the topics failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the topics", e);
    }
  }
}
