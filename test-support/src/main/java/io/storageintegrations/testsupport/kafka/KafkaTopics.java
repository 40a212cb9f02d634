package io.storageintegrations.testsupport.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates topics through an AdminClient, replication factor 1, tolerating ones that exist. */
public final class KafkaTopics {

  private static final long TIMEOUT_SECONDS = 30;

  private KafkaTopics() {}

  /** Creates {@code topics} with {@code partitions} partitions each; existing topics are kept. */
  public static void create(String bootstrapServers, int partitions, String... topics) {
    List<NewTopic> newTopics =
        Arrays.stream(topics).map(name -> new NewTopic(name, partitions, (short) 1)).toList();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (KafkaFuture<Void> created : admin.createTopics(newTopics).values().values()) {
        awaitIgnoringExisting(created);
      }
    }
  }

  private static void awaitIgnoringExisting(KafkaFuture<Void> created) {
    try {
      created.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("Creating a topic failed", e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Topic creation timed out after " + TIMEOUT_SECONDS + " s", e);
    }
  }
}
