package io.storageintegrations.chaos.fleet;

import io.storageintegrations.cli.ApiClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an upstream service does against a fleet of producers: each call goes to the next instance,
 * and a call that finds an instance gone (connection refused, 5xx) is retried on the others, with
 * the same Idempotency-Key for creates: the contract that makes retries safe.
 */
final class Operations {

  static final String BASE = "/v1/storage-integrations";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<ApiClient> instances;
  private final AtomicInteger next = new AtomicInteger();

  Operations(List<ApiClient> instances) {
    this.instances = List.copyOf(instances);
  }

  String mintExternalId() {
    return field(
        call(c -> c.post(BASE + "/authorization-materials", Map.of(), materials()), 200),
        "externalId");
  }

  /** Creates {@code name}; answers the integration ID. */
  String create(String name, String idempotencyKey, String externalId) {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "projectId", "demo",
                "name", name,
                "access", "READ_ONLY",
                "bucket", "fleet-bucket",
                "region", "cn-hangzhou",
                "roleArn", "acs:ram::1234567890123456:role/fleet-" + name,
                "externalId", externalId));
    return field(
        call(c -> c.post(BASE, Map.of(), body, Map.of("Idempotency-Key", idempotencyKey)), 202),
        "integrationId");
  }

  void delete(String integrationId) {
    call(c -> c.delete(BASE + "/" + integrationId, Map.of()), 202);
  }

  private ApiClient.Reply call(Call call, int expected) {
    ApiClient.Reply last = null;
    for (int attempt = 0; attempt < 4 * instances.size(); attempt++) {
      ApiClient client = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
      try {
        last = call.on(client);
        if (last.status() == expected) {
          return last;
        }
        if (last.status() < 500) {
          throw new AssertionError("answered " + last.status() + ": " + last.body());
        }
      } catch (IOException e) {
        // this instance is gone: the next one takes the call
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no instance answered " + expected + "; last: " + last);
  }

  private static String materials() {
    return JSON.writeValueAsString(
        Map.of(
            "projectId",
            "demo",
            "bucket",
            "fleet-bucket",
            "region",
            "cn-hangzhou",
            "access",
            "READ_ONLY"));
  }

  static String field(ApiClient.Reply reply, String name) {
    JsonNode node = JSON.readTree(reply.body());
    return node.path(name).asString();
  }

  @FunctionalInterface
  private interface Call {
    ApiClient.Reply on(ApiClient client) throws IOException, InterruptedException;
  }
}
