package io.storageintegrations.chaos.bench;

import io.storageintegrations.chaos.lab.EmulatorProcess;
import io.storageintegrations.cli.ApiClient;
import io.storageintegrations.emulator.seed.RoleSeeds;
import io.storageintegrations.model.message.MessageCodec;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An ACTIVE read-write integration of project {@code demo}, made as a customer would: the
 * platform's authorization materials from the API, a bucket and a role with them in the customer's
 * cloud (the emulator's seed), then a create that waits for its validation.
 */
final class ActiveIntegration {

  private static final String CUSTOMER = "2000000000000077";
  private static final String BUCKET = "vend-bench-bucket";
  private static final String ROLE = "vend-bench";

  private ActiveIntegration() {}

  /** Answers the integration ID. */
  static String create(EmulatorProcess cloud, ApiClient console) throws Exception {
    JsonNode materials =
        call(
            console.post(
                "/v1/storage-integrations/authorization-materials",
                Map.of(),
                json(
                    Map.of(
                        "projectId", "demo",
                        "bucket", BUCKET,
                        "region", "cn-hangzhou",
                        "access", "READ_WRITE"))));
    cloud.seed(
        json(
            Map.of(
                "accounts",
                List.of(
                    Map.of(
                        "id",
                        CUSTOMER,
                        "name",
                        "vend-bench-customer",
                        "buckets",
                        List.of(Map.of("name", BUCKET, "region", "cn-hangzhou")))))));
    cloud.seed(
        json(
            RoleSeeds.roleWithPolicy(
                CUSTOMER, ROLE, materials.get("trustPolicy"), materials.get("ramPolicy"))));
    JsonNode created =
        call(
            console.post(
                "/v1/storage-integrations",
                Map.of("wait", "PT60S"),
                json(
                    Map.of(
                        "projectId",
                        "demo",
                        "name",
                        ROLE,
                        "access",
                        "READ_WRITE",
                        "bucket",
                        BUCKET,
                        "region",
                        "cn-hangzhou",
                        "roleArn",
                        "acs:ram::" + CUSTOMER + ":role/" + ROLE,
                        "externalId",
                        materials.get("externalId").asString()))));
    if (!"ACTIVE".equals(created.path("state").asString())) {
      throw new IllegalStateException("the benchmark's integration is not ACTIVE: " + created);
    }
    return created.get("integrationId").asString();
  }

  private static JsonNode call(ApiClient.Reply reply) {
    if (!reply.ok()) {
      throw new IllegalStateException("the API answered " + reply.status() + ": " + reply.body());
    }
    return MessageCodec.mapper().readTree(reply.body());
  }

  private static String json(Object value) {
    return MessageCodec.toJsonString(value);
  }
}
