package io.storageintegrations.localstack.demo;

import io.storageintegrations.localstack.Console;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Plays the customer for each scenario: asks the API for authorization materials, sets up the
 * bucket and the role in the (emulated) cloud as told (or with the scenario's one mistake), then
 * creates the integration and waits for the worker's verdict.
 */
public final class Demo {

  public static final String PROJECT = "demo";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final ProducerClient api;
  private final CustomerCloud cloud;
  private final Console console;

  public Demo(ProducerClient api, CustomerCloud cloud, Console console) {
    this.api = api;
    this.cloud = cloud;
    this.console = console;
  }

  public DemoReport run() {
    List<Scenario> scenarios = Scenarios.all();
    console.line(
        "Demo: "
            + scenarios.size()
            + " integrations in project '"
            + PROJECT
            + "' (cluster region "
            + Scenarios.CLUSTER_REGION
            + "), each created through POST /v1/storage-integrations");
    removePreviousRun(scenarios);
    console.blank();
    OutcomePrinter printer = new OutcomePrinter(console);
    List<DemoOutcome> outcomes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      DemoOutcome outcome = run(scenario);
      outcomes.add(outcome);
      printer.print(outcomes.size(), outcome);
    }
    DemoReport report = new DemoReport(outcomes);
    console.line(
        report.asExpected()
            + " of "
            + outcomes.size()
            + " scenarios ended as expected"
            + (report.allAsExpected() ? "." : " -- see the logs under the work directory."));
    return report;
  }

  private DemoOutcome run(Scenario scenario) {
    Materials materials =
        api.materials(PROJECT, scenario.bucket(), scenario.declaredRegion(), scenario.access());
    String roleName = "storage-integrations-" + scenario.name();
    String roleArn = cloud.roleArn(roleName);
    JsonNode trust = materials.trustPolicy();
    JsonNode permissions = materials.ramPolicy();
    switch (scenario.mistake()) {
      case PERMISSION_MISSING -> permissions = Policies.withoutAction(permissions, "oss:PutObject");
      case ROLE_MISSING -> roleArn = cloud.roleArn(roleName + "-old");
      case EXTERNAL_ID_WRONG ->
          trust = Policies.withExternalId(trust, "copied-from-another-integration-0001");
      case EXTERNAL_ID_NOT_ENFORCED -> trust = Policies.withoutCondition(trust);
      case TRANSIENT_FAULT ->
          cloud.failNextCalls("GetBucketLocation", 2, "ServiceUnavailable", 503);
      default -> {}
    }
    if (scenario.bucketRegion() != null) {
      cloud.putBucket(scenario.bucket(), scenario.bucketRegion());
    }
    cloud.putRole(roleName, trust.toString(), permissions.toString());
    try {
      JsonNode integration = settle(api.create(request(scenario, roleArn, materials), WAIT));
      return DemoOutcome.of(scenario, integration);
    } finally {
      cloud.clearFaults();
    }
  }

  private Map<String, Object> request(Scenario scenario, String roleArn, Materials materials) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", PROJECT);
    body.put("name", scenario.name());
    body.put("description", scenario.title());
    body.put("access", scenario.access());
    body.put("bucket", scenario.bucket());
    body.put("region", scenario.declaredRegion());
    body.put("roleArn", roleArn);
    body.put("externalId", materials.externalId());
    return body;
  }

  /** The API's wait is bounded; keep reading until the validation has landed. */
  private JsonNode settle(JsonNode integration) {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    JsonNode current = integration;
    while (pending(current) && System.nanoTime() < deadline) {
      sleep();
      current = api.describe(current.path("integrationId").asString());
    }
    return current;
  }

  private static boolean pending(JsonNode integration) {
    return "PENDING".equals(integration.path("state").asString())
        || integration.path("validationInFlight").asBoolean(false);
  }

  private void removePreviousRun(List<Scenario> scenarios) {
    Set<String> names = scenarios.stream().map(Scenario::name).collect(Collectors.toSet());
    List<JsonNode> previous =
        api.list(PROJECT).stream().filter(i -> names.contains(i.path("name").asString())).toList();
    for (JsonNode integration : previous) {
      api.delete(integration.path("integrationId").asString(), Duration.ofSeconds(10));
    }
    if (!previous.isEmpty()) {
      console.line(
          "  removed " + previous.size() + " integrations left by the previous run's demo");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
