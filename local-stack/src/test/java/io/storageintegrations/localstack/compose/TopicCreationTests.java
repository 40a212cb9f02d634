package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.topic.Topics;
import org.junit.jupiter.api.Test;

class TopicCreationTests {

  private final ComposeFile compose = ComposeFile.load();
  private final String script =
      ComposeFile.readText(RepoRoot.path("deploy/kafka/create-topics.sh"));

  @Test
  void theOneShotServiceRunsTheMountedScript() {
    String target = compose.mountTarget("kafka-topics", "./deploy/kafka/create-topics.sh");

    assertThat(compose.service("kafka-topics").get("entrypoint").toString()).contains(target);
    assertThat(compose.environment("kafka-topics")).containsEntry("PARTITIONS", "6");
  }

  @Test
  void createsEveryTopicOfTheCatalogueIdempotently() {
    for (String topic : Topics.ALL) {
      assertThat(script)
          .as(topic)
          .containsPattern("(?m)^create " + topic.replace(".", "\\.") + "( |$)");
    }
    assertThat(script).contains("--if-not-exists", "--partitions \"$PARTITIONS\"");
  }

  @Test
  void theRegistryTopicIsCompacted() {
    assertThat(script)
        .containsPattern(
            "(?m)^create "
                + Topics.REGISTRY.replace(".", "\\.")
                + " --config cleanup.policy=compact$");
  }

  @Test
  void theLedgerIsKeptForeverAndEveryTopicTakesTheConfiguredReplicationFactor() {
    assertThat(script)
        .containsPattern(
            "(?m)^create "
                + Topics.PRODUCER_LEDGER.replace(".", "\\.")
                + " --config retention.ms=-1$")
        .contains("--replication-factor \"$REPLICATION_FACTOR\"");
    assertThat(compose.environment("kafka-topics")).containsKey("REPLICATION_FACTOR");
  }
}
