package io.storageintegrations.worker.intake;

import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.cloud.Lane;
import java.util.List;

/** Which topic feeds which lane. Kafka has no priority inside a partition, so lanes are topics. */
final class Lanes {

  static final List<String> TOPICS = List.of(Topics.REQUESTS, Topics.REQUESTS_BACKGROUND);

  private Lanes() {}

  static Lane of(String topic) {
    return Topics.REQUESTS_BACKGROUND.equals(topic) ? Lane.BACKGROUND : Lane.INTERACTIVE;
  }
}
