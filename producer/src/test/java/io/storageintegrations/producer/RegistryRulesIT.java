package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.topic.MessageType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Revisions, deletes and name races, with outcomes arriving in the order the test chooses. */
class RegistryRulesIT extends ProducerItSupport {

  @Test
  void aStaleResultNeverOverridesANewerRequest() {
    String id = create(P1, "p1", unique("stale"));
    String createRequest = latestRequestId(P1, id);
    worker.validated(id, "p1", 1, createRequest, RequestKind.CREATE);
    awaitDescribe(P1, id, inState("ACTIVE"));
    api.post(P1, "/v1/storage-integrations/" + id + "/revalidate", "");
    awaitDescribe(P1, id, r -> ((Number) r.at("revision")).longValue() == 2);

    // a late, different verdict for revision 1 (e.g. a redelivered old request) arrives now
    worker.failed(id, "p1", 1, WorkerStandIn.newRequestId(), RequestKind.REVALIDATE);
    worker.validated(id, "p1", 2, latestRequestId(P1, id), RequestKind.REVALIDATE);

    Api.Response after =
        awaitDescribe(P1, id, r -> Boolean.FALSE.equals(r.at("validationInFlight")));
    assertThat(after.text("state")).isEqualTo("ACTIVE");
    List<Map<String, Object>> history = after.at("history");
    assertThat(history).extracting(h -> h.get("state")).doesNotContain("INVALID");
  }

  @Test
  void aVerdictFromAnythingButAWorkerIsIgnored() {
    String id = create(P1, "p1", unique("forged"));
    String request = latestRequestId(P1, id);
    double before = untrustedVerdicts();

    // An upstream with write access to the events topic by mistake forges the verdict.
    worker.publish(
        new IntegrationValidated(
            MessageType.INTEGRATION_VALIDATED.eventId(request),
            request,
            id,
            "p1",
            1,
            RequestKind.CREATE,
            WorkerStandIn.passing(),
            Instant.now()),
        "/console-backend");
    await().atMost(Duration.ofSeconds(10)).until(() -> untrustedVerdicts() > before);
    assertThat(api.get(P1, "/v1/storage-integrations/" + id).text("state")).isEqualTo("PENDING");

    worker.failed(id, "p1", 1, request, RequestKind.CREATE);
    assertThat(awaitDescribe(P1, id, inState("INVALID")).text("state")).isEqualTo("INVALID");
  }

  private double untrustedVerdicts() {
    return new Api(managementPort)
        .get(null, "/actuator/prometheus")
        .body()
        .lines()
        .filter(l -> l.startsWith("storage_integrations_registry_untrusted_verdicts_total"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void theOutcomeOfACreateIsStaleOnceARevalidationWasRequested() {
    String id = create(P1, "p1", unique("overtaken"));
    String createRequest = latestRequestId(P1, id);
    api.post(P1, "/v1/storage-integrations/" + id + "/revalidate", "");
    awaitDescribe(P1, id, r -> ((Number) r.at("revision")).longValue() == 2);
    String revalidateRequest = latestRequestId(P1, id);

    worker.failed(id, "p1", 1, createRequest, RequestKind.CREATE);
    worker.validated(id, "p1", 2, revalidateRequest, RequestKind.REVALIDATE);

    Api.Response after = awaitDescribe(P1, id, inState("ACTIVE"));
    assertThat(((Number) after.at("revision")).longValue()).isEqualTo(2);
    List<Map<String, Object>> history = after.at("history");
    assertThat(history)
        .extracting(h -> h.get("state"))
        .containsExactly("PENDING", "PENDING", "ACTIVE");
  }

  @Test
  void aResultArrivingAfterADeleteDoesNotResurrectTheIntegration() {
    String id = create(P1, "p1", unique("inflight"));
    String createRequest = latestRequestId(P1, id);

    assertThat(api.delete(P1, "/v1/storage-integrations/" + id + "?wait=PT5S").status())
        .isEqualTo(200);
    worker.validated(id, "p1", 1, createRequest, RequestKind.CREATE);
    worker.validated(id, "p1", 3, WorkerStandIn.newRequestId(), RequestKind.REVALIDATE);

    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> api.get(P1, "/v1/storage-integrations/" + id).status(), s -> s == 404);
  }

  @Test
  void aRedeliveredOutcomeIsAppliedOnceAndALaterOtherVerdictReplacesIt() {
    String id = create(P1, "p1", unique("redelivered"));
    String request = latestRequestId(P1, id);
    worker.validated(id, "p1", 1, request, RequestKind.CREATE);
    worker.validated(id, "p1", 1, request, RequestKind.CREATE);

    await()
        .during(Duration.ofMillis(1000))
        .atMost(Duration.ofSeconds(5))
        .until(() -> api.get(P1, "/v1/storage-integrations/" + id), inState("ACTIVE"));
    assertThat(api.get(P1, "/v1/storage-integrations/" + id).<List<?>>at("history")).hasSize(2);

    // The last copy of an eventId in partition order is the current verdict (docs/contracts.md).
    worker.failed(id, "p1", 1, request, RequestKind.CREATE);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> api.get(P1, "/v1/storage-integrations/" + id), inState("INVALID"));
    List<?> history = api.get(P1, "/v1/storage-integrations/" + id).at("history");
    assertThat(history).hasSize(2);
  }

  @Test
  void whenCreatesWithTheSameNameRaceExactlyOneWins() throws Exception {
    String name = unique("raced");
    int racers = 6;
    List<Map<String, Object>> bodies = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      bodies.add(body("p4", name, mintExternalId(P1, "p4")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (Map<String, Object> body : bodies) {
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return api.post(P1, "/v1/storage-integrations", body).status();
              }));
    }
    start.countDown();
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      results.add(status.get());
    }
    pool.shutdown();

    assertThat(results).filteredOn(s -> s == 202).hasSize(1);
    assertThat(results).filteredOn(s -> s == 409).hasSize(racers - 1);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              List<Map<String, Object>> items =
                  api.get(P1, "/v1/storage-integrations?projectId=p4&size=100").at("items");
              assertThat(items).filteredOn(i -> name.equals(i.get("name"))).hasSize(1);
            });
  }
}
