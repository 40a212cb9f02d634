package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole producer instances started and stopped by the test: a restart rebuilds the registry and the
 * ledger exactly from Kafka, two instances agree on which of two racing creates wins, and a dry
 * run's result is readable from any instance and after a restart, for its retention.
 */
@WithKafkaBroker
class RegistryRestartIT {

  private static final String KEY = "it-key-p1-0123456789abcdefghijklmn";
  private static final String P2_KEY = "it-key-p2-0123456789abcdefghijklmn";

  @Test
  void aRestartedProducerRebuildsTheRegistryExactly() {
    String group = "registry-restart-" + UUID.randomUUID();
    Map<String, Map<String, Object>> before = new LinkedHashMap<>();
    String deleted;
    String liveName = "kept-" + UUID.randomUUID().toString().substring(0, 8);
    String deletedName = "dropped-" + UUID.randomUUID().toString().substring(0, 8);
    try (ConfigurableApplicationContext first = start(group);
        WorkerStandIn worker = new WorkerStandIn()) {
      Api api = api(first);
      String active = create(api, liveName);
      String invalid = create(api, "invalid-" + UUID.randomUUID().toString().substring(0, 8));
      String revalidated = create(api, "reval-" + UUID.randomUUID().toString().substring(0, 8));
      deleted = create(api, deletedName);
      worker.validated(active, "p1", 1, requestId(api, active), RequestKind.CREATE);
      worker.failed(invalid, "p1", 1, requestId(api, invalid), RequestKind.CREATE);
      worker.validated(revalidated, "p1", 1, requestId(api, revalidated), RequestKind.CREATE);
      awaitDescribe(api, revalidated, r -> "ACTIVE".equals(r.text("state")));
      api.post(KEY, "/v1/storage-integrations/" + revalidated + "/revalidate", "");
      awaitDescribe(api, revalidated, r -> Boolean.TRUE.equals(r.at("validationInFlight")));
      awaitDescribe(api, invalid, r -> "INVALID".equals(r.text("state")));
      awaitDescribe(api, active, r -> "ACTIVE".equals(r.text("state")));
      assertThat(api.delete(KEY, "/v1/storage-integrations/" + deleted + "?wait=PT5S").status())
          .isEqualTo(200);
      for (String id : List.of(active, invalid, revalidated)) {
        before.put(id, api.get(KEY, "/v1/storage-integrations/" + id).json());
      }
    }

    try (ConfigurableApplicationContext second = start(group);
        WorkerStandIn worker = new WorkerStandIn()) {
      Api api = api(second);
      for (Map.Entry<String, Map<String, Object>> entry : before.entrySet()) {
        assertThat(api.get(KEY, "/v1/storage-integrations/" + entry.getKey()).json())
            .isEqualTo(entry.getValue());
      }
      assertThat(api.get(KEY, "/v1/storage-integrations/" + deleted).status()).isEqualTo(404);
      // the ledger came back too: the live name is still taken, the deleted one is free
      assertThat(api.post(KEY, "/v1/storage-integrations", body(api, liveName)).status())
          .isEqualTo(409);
      assertThat(api.post(KEY, "/v1/storage-integrations", body(api, deletedName)).status())
          .isEqualTo(202);
      // and the rebuilt registry still applies the rules: a stale result is ignored
      String revalidated = new ArrayList<>(before.keySet()).get(2);
      worker.failed(revalidated, "p1", 1, WorkerStandIn.newRequestId(), RequestKind.CREATE);
      worker.validated(revalidated, "p1", 2, requestId(api, revalidated), RequestKind.REVALIDATE);
      Api.Response after =
          awaitDescribe(api, revalidated, r -> Boolean.FALSE.equals(r.at("validationInFlight")));
      assertThat(after.text("state")).isEqualTo("ACTIVE");
    }
  }

  @Test
  void twoInstancesAgreeWhichOfTwoRacingCreatesWins() throws Exception {
    try (ConfigurableApplicationContext a = start("race-a-" + UUID.randomUUID());
        ConfigurableApplicationContext b = start("race-b-" + UUID.randomUUID())) {
      Api apiA = api(a);
      Api apiB = api(b);
      for (int round = 0; round < 3; round++) {
        String name = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bodyA = body(apiA, name);
        Map<String, Object> bodyB = body(apiB, name);
        CompletableFuture<Integer> viaA =
            CompletableFuture.supplyAsync(
                () -> apiA.post(KEY, "/v1/storage-integrations", bodyA).status());
        CompletableFuture<Integer> viaB =
            CompletableFuture.supplyAsync(
                () -> apiB.post(KEY, "/v1/storage-integrations", bodyB).status());
        assertThat(List.of(viaA.get(), viaB.get())).containsExactlyInAnyOrder(202, 409);
      }
    }
  }

  @Test
  void aDryRunIsReadableFromAnyInstanceAndAfterARestart() {
    String group = "shared-" + UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    try (ConfigurableApplicationContext a = start(group);
        ConfigurableApplicationContext b = start(group);
        WorkerStandIn worker = new WorkerStandIn()) {
      Api apiA = api(a);
      Api apiB = api(b);
      for (int i = 0; i < 3; i++) {
        Map<String, Object> body = body(apiA, "dry" + i);
        body.remove("name"); // a dry run needs no name
        Api.Response accepted = apiA.post(KEY, "/v1/storage-integrations/validate", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.text("validationId");
        ids.add(id);

        // B never saw the call: it knows the dry run from the requests topic.
        Api.Response pending =
            await()
                .atMost(Duration.ofSeconds(10))
                .until(
                    () -> apiB.get(KEY, "/v1/storage-integrations/validations/" + id),
                    r -> r.status() != 404);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.text("status")).isEqualTo("PENDING");

        worker.validated(id, "p1", 0, WorkerStandIn.newRequestId(), RequestKind.VALIDATE);
        Api.Response result =
            apiB.get(KEY, "/v1/storage-integrations/validations/" + id + "?wait=PT5S");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.text("status")).as(id).isEqualTo("PASSED");
        assertThat(apiA.get(KEY, "/v1/storage-integrations/validations/" + id).text("status"))
            .isEqualTo("PASSED");
      }
      assertThat(apiB.get(KEY, "/v1/storage-integrations/validations/valid-unknown").status())
          .isEqualTo(404);
    }

    // Every instance that knew them is gone: a new one reads the last hour back from Kafka.
    try (ConfigurableApplicationContext c = start("another-" + UUID.randomUUID())) {
      Api apiC = api(c);
      for (String id : ids) {
        Api.Response result = apiC.get(KEY, "/v1/storage-integrations/validations/" + id);
        assertThat(result.status()).as(id).isEqualTo(200);
        assertThat(result.text("status")).isEqualTo("PASSED");
      }
      assertThat(apiC.get(P2_KEY, "/v1/storage-integrations/validations/" + ids.get(0)).status())
          .as("another project's dry run looks like none")
          .isEqualTo(404);
    }

    // Kept for the retention only: an instance keeping them for a second knows none of them.
    try (ConfigurableApplicationContext d =
        start(
            "short-" + UUID.randomUUID(),
            "--storage-integrations.registry.dry-run-retention=PT1S")) {
      Api apiD = api(d);
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(ids)
                      .allSatisfy(
                          id ->
                              assertThat(
                                      apiD.get(KEY, "/v1/storage-integrations/validations/" + id)
                                          .status())
                                  .isEqualTo(404)));
    }
  }

  private static ConfigurableApplicationContext start(String group, String... more) {
    List<String> arguments =
        new ArrayList<>(List.of("--storage-integrations.registry.group-id=" + group));
    arguments.addAll(List.of(more));
    return StandaloneProducer.start(arguments.toArray(String[]::new));
  }

  private static Api api(ConfigurableApplicationContext context) {
    return StandaloneProducer.api(context);
  }

  private static Map<String, Object> body(Api api, String name) {
    return RequestBodies.create(
        "p1", name, "bucket-r", RequestBodies.mintExternalId(api, KEY, "p1", "bucket-r"));
  }

  private static String create(Api api, String name) {
    Api.Response created = api.post(KEY, "/v1/storage-integrations", body(api, name));
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    String id = created.text("integrationId");
    awaitDescribe(api, id, r -> r.status() == 200);
    return id;
  }

  private static String requestId(Api api, String id) {
    List<Map<String, Object>> history =
        api.get(KEY, "/v1/storage-integrations/" + id).at("history");
    return (String) history.get(history.size() - 1).get("requestId");
  }

  private static Api.Response awaitDescribe(Api api, String id, Predicate<Api.Response> condition) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> api.get(KEY, "/v1/storage-integrations/" + id), condition);
  }
}
