package io.storageintegrations.localstack.demo;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What became of one scenario's integration: its ID, final state and check results. */
public record DemoOutcome(
    String title,
    String name,
    String integrationId,
    String state,
    String expectedState,
    String message,
    List<JsonNode> checks) {

  static DemoOutcome of(Scenario scenario, JsonNode integration) {
    List<JsonNode> checks = new ArrayList<>();
    integration.path("checks").forEach(checks::add);
    return new DemoOutcome(
        scenario.title(),
        scenario.name(),
        integration.path("integrationId").asString(),
        integration.path("state").asString(),
        scenario.expectedState(),
        integration.path("message").asString(""),
        List.copyOf(checks));
  }

  public boolean asExpected() {
    return expectedState.equals(state);
  }

  /** Checks with the given status (PASS, FAIL, WARN, SKIP). */
  List<JsonNode> checks(String status) {
    return checks.stream().filter(c -> status.equals(c.path("status").asString())).toList();
  }
}
