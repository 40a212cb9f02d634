package io.storageintegrations.chaos.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.cli.ApiClient;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Describe answers of every instance, held against what the callers did. */
final class Describe {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Describe() {}

  /** Every live integration has a verdict on every instance; every deleted one is gone. */
  static void assertSettled(
      List<ApiClient> instances, Map<String, String> created, List<String> deleted)
      throws IOException, InterruptedException {
    for (ApiClient instance : instances) {
      for (String id : created.values()) {
        ApiClient.Reply reply = instance.get(Operations.BASE + "/" + id, Map.of());
        if (deleted.contains(id)) {
          assertThat(reply.status()).as("deleted %s", id).isEqualTo(404);
        } else {
          assertThat(reply.status()).as("describe %s", id).isEqualTo(200);
          assertThat(JSON.readTree(reply.body()).path("state").asString())
              .as("state of %s", id)
              .isIn("ACTIVE", "INVALID", "ERROR");
        }
      }
    }
  }

  /** Every instance answers every describe with the same body. */
  static void assertIdentical(List<ApiClient> instances, Collection<String> ids)
      throws IOException, InterruptedException {
    for (String id : ids) {
      JsonNode first =
          JSON.readTree(instances.get(0).get(Operations.BASE + "/" + id, Map.of()).body());
      for (ApiClient other : instances.subList(1, instances.size())) {
        JsonNode answer = JSON.readTree(other.get(Operations.BASE + "/" + id, Map.of()).body());
        assertThat(answer).as("describe %s on every instance", id).isEqualTo(first);
      }
    }
  }

  static boolean allFound(ApiClient instance, Collection<String> ids)
      throws IOException, InterruptedException {
    for (String id : ids) {
      if (instance.get(Operations.BASE + "/" + id, Map.of()).status() != 200) {
        return false;
      }
    }
    return true;
  }

  static String nameOf(Map<String, String> created, String id) {
    return created.entrySet().stream()
        .filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }
}
