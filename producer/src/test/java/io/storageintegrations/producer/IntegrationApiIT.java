package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.message.RequestKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Every endpoint against a real broker, with the worker's outcomes published by the test. */
class IntegrationApiIT extends ProducerItSupport {

  @Test
  void materialsGiveLeastPrivilegePoliciesAndAFreshExternalIdPerCall() {
    Api.Response readOnly =
        api.post(
            P1,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                "p1",
                "bucket",
                "my-bucket",
                "region",
                "oss-cn-hangzhou",
                "access",
                "READ_ONLY"));

    assertThat(readOnly.status()).isEqualTo(200);
    assertThat(readOnly.text("region")).isEqualTo("cn-hangzhou");
    assertThat((List<String>) readOnly.at("ramPolicy.Statement.0.Action"))
        .containsExactly("oss:GetBucketLocation", "oss:ListObjects", "oss:GetObject");
    assertThat((List<String>) readOnly.at("ramPolicy.Statement.0.Resource"))
        .containsExactly("acs:oss:*:*:my-bucket", "acs:oss:*:*:my-bucket/*");
    assertThat(readOnly.text("trustPolicy.Statement.0.Action")).isEqualTo("sts:AssumeRole");
    assertThat((List<String>) readOnly.at("trustPolicy.Statement.0.Principal.RAM"))
        .containsExactly("acs:ram::1000000000000001:role/storage-integrations-validator");
    String externalId = readOnly.text("externalId");
    Map<String, Object> condition = readOnly.at("trustPolicy.Statement.0.Condition.StringEquals");
    assertThat(condition).containsEntry("sts:ExternalId", externalId);
    assertThat(externalId).hasSizeGreaterThanOrEqualTo(24);

    String another = mintExternalId(P1, "p1");
    assertThat(another).isNotEqualTo(externalId);
    Api.Response readWrite =
        api.post(
            P1,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                "p1",
                "bucket",
                "my-bucket",
                "region",
                "cn-hangzhou",
                "access",
                "READ_WRITE"));
    assertThat((List<String>) readWrite.at("ramPolicy.Statement.0.Action"))
        .contains("oss:PutObject");
  }

  @Test
  void materialsRejectBadFieldsOneByOne() {
    Api.Response bad =
        api.post(
            P1,
            "/v1/storage-integrations/authorization-materials",
            Map.of("projectId", "p1", "bucket", "Bad_Bucket!", "region", "mars-1"));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text("instance")).isEqualTo("/v1/storage-integrations/authorization-materials");
    assertThat(bad.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
    assertThat(bad.fieldErrors())
        .anySatisfy(e -> assertThat(e).startsWith("bucket: "))
        .anySatisfy(e -> assertThat(e).startsWith("region: "))
        .anySatisfy(e -> assertThat(e).startsWith("access: "));
  }

  @Test
  void createIsAcceptedThenActiveWhenTheWorkerValidates() {
    String name = unique("backups");
    Api.Response created =
        api.post(P1, "/v1/storage-integrations", body("p1", name, mintExternalId(P1, "p1")));

    assertThat(created.status()).isEqualTo(202);
    String id = created.text("integrationId");
    assertThat(id).startsWith("integ-");
    assertThat(created.headers().firstValue("Location")).hasValue("/v1/storage-integrations/" + id);
    assertThat(created.text("state")).isEqualTo("PENDING");

    awaitDescribe(P1, id, inState("PENDING"));
    worker.validated(id, "p1", 1, latestRequestId(P1, id), RequestKind.CREATE);

    Api.Response active = awaitDescribe(P1, id, inState("ACTIVE"));
    assertThat(active.text("name")).isEqualTo(name);
    assertThat(active.text("region")).isEqualTo("cn-hangzhou");
    assertThat(active.text("message")).isEqualTo("validated");
    assertThat(active.text("lastValidatedAt")).isNotNull();
    assertThat((List<?>) active.at("checks")).hasSize(2);
    assertThat((List<?>) active.at("history")).hasSize(2);
  }

  @Test
  void createWithWaitAnswersTheOutcomeWhenItArrivesInTime() throws Exception {
    String name = unique("waited");
    String externalId = mintExternalId(P1, "p1");
    Thread fakeWorker =
        new Thread(
            () -> {
              String id = awaitAnyIntegrationNamed(name);
              worker.failed(id, "p1", 1, latestRequestId(P1, id), RequestKind.CREATE);
            });
    fakeWorker.start();

    Api.Response created =
        api.post(P1, "/v1/storage-integrations?wait=PT5S", body("p1", name, externalId));
    fakeWorker.join();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("state")).isEqualTo("INVALID");
    assertThat(created.text("message")).contains("ROLE_ASSUMABLE FAIL ROLE_NOT_ASSUMABLE");
    assertThat(created.text("checks.1.remediation")).contains("trust policy");
  }

  @Test
  void waitIsBoundedAndAnswers202WithoutAnOutcome() {
    long start = System.nanoTime();
    Api.Response created =
        api.post(
            P1,
            "/v1/storage-integrations?wait=PT1M",
            body("p1", unique("slow"), mintExternalId(P1, "p1")));
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(created.status()).isEqualTo(202);
    assertThat(tookMs).isBetween(4_500L, 15_000L); // max-wait is PT5S in the test profile
    assertThat(api.post(P1, "/v1/storage-integrations?wait=soon", body("p1", "x", "y")).status())
        .isEqualTo(400);
  }

  @Test
  void listIsPagedAndFiltersByState() {
    String a = create(P1, "p3", unique("list-a"));
    String b = create(P1, "p3", unique("list-b"));
    String c = create(P1, "p3", unique("list-c"));
    worker.validated(a, "p3", 1, latestRequestId(P1, a), RequestKind.CREATE);
    worker.errored(b, "p3", 1, latestRequestId(P1, b), RequestKind.CREATE);
    awaitDescribe(P1, a, inState("ACTIVE"));
    awaitDescribe(P1, b, inState("ERROR"));

    Api.Response all = api.get(P1, "/v1/storage-integrations?projectId=p3&size=2");
    assertThat(((Number) all.at("total")).intValue()).isGreaterThanOrEqualTo(3);
    assertThat((List<?>) all.at("items")).hasSize(2);
    Api.Response active =
        api.get(P1, "/v1/storage-integrations?projectId=p3&state=ACTIVE&size=100");
    List<Map<String, Object>> items = active.at("items");
    assertThat(items).extracting(i -> i.get("integrationId")).contains(a).doesNotContain(b, c);
    Api.Response pending =
        api.get(P1, "/v1/storage-integrations?projectId=p3&state=PENDING&size=100");
    assertThat((List<Map<String, Object>>) pending.at("items"))
        .extracting(i -> i.get("integrationId"))
        .contains(c);
    assertThat(api.get(P1, "/v1/storage-integrations?projectId=p3&state=NOPE").status())
        .isEqualTo(400);
    assertThat(api.get(P1, "/v1/storage-integrations?projectId=p3&size=0").status()).isEqualTo(400);
  }

  @Test
  void revalidateKeepsTheVerdictVisibleUntilTheNewOutcome() {
    String id = create(P1, "p1", unique("reval"));
    worker.validated(id, "p1", 1, latestRequestId(P1, id), RequestKind.CREATE);
    awaitDescribe(P1, id, inState("ACTIVE"));

    Api.Response accepted = api.post(P1, "/v1/storage-integrations/" + id + "/revalidate", "");
    assertThat(accepted.status()).isEqualTo(202);
    Api.Response inFlight =
        awaitDescribe(P1, id, r -> Boolean.TRUE.equals(r.at("validationInFlight")));
    assertThat(inFlight.text("state")).isEqualTo("ACTIVE");
    assertThat(((Number) inFlight.at("revision")).longValue()).isEqualTo(2);

    worker.failed(id, "p1", 2, latestRequestId(P1, id), RequestKind.REVALIDATE);
    Api.Response invalid = awaitDescribe(P1, id, inState("INVALID"));
    assertThat((Object) invalid.at("validationInFlight")).isEqualTo(false);
  }

  @Test
  void deleteRemovesTheIntegrationAndFreesItsName() {
    String name = unique("gone");
    String id = create(P1, "p1", name);

    Api.Response deleted = api.delete(P1, "/v1/storage-integrations/" + id + "?wait=PT5S");

    assertThat(deleted.status()).isEqualTo(200);
    assertThat((Object) deleted.at("deleted")).isEqualTo(true);
    assertThat(api.get(P1, "/v1/storage-integrations/" + id).status()).isEqualTo(404);
    assertThat(api.delete(P1, "/v1/storage-integrations/" + id).status()).isEqualTo(404);
    // the name is free again once the registry released it
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.post(P1, "/v1/storage-integrations", body("p1", name, mintExternalId(P1, "p1")))
                    .status(),
            s -> s == 202);
  }

  @Test
  void dryRunValidatesWithoutCreatingARecord() {
    Api.Response started =
        api.post(
            P1, "/v1/storage-integrations/validate", body("p1", null, mintExternalId(P1, "p1")));
    assertThat(started.status()).isEqualTo(202);
    String validationId = started.text("validationId");
    assertThat(started.headers().firstValue("Location"))
        .hasValue("/v1/storage-integrations/validations/" + validationId);
    assertThat(started.text("status")).isEqualTo("PENDING");

    worker.validated(validationId, "p1", 0, WorkerStandIn.newRequestId(), RequestKind.VALIDATE);

    Api.Response done =
        api.get(P1, "/v1/storage-integrations/validations/" + validationId + "?wait=PT5S");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.text("status")).isEqualTo("PASSED");
    assertThat((Object) done.at("success")).isEqualTo(true);
    assertThat(api.get(P1, "/v1/storage-integrations/" + validationId).status()).isEqualTo(404);
    assertThat(api.get(P2, "/v1/storage-integrations/validations/" + validationId).status())
        .isEqualTo(404);
  }

  @Test
  void duplicateNameInTheProjectIsAConflictButAnotherProjectMayUseIt() {
    String name = unique("same");
    create(P1, "p1", name);

    Api.Response again =
        api.post(P1, "/v1/storage-integrations", body("p1", name, mintExternalId(P1, "p1")));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("type")).isEqualTo("urn:storage-integrations:problem:name-taken");

    Api.Response otherProject =
        api.post(P2, "/v1/storage-integrations", body("p2", name, mintExternalId(P2, "p2")));
    assertThat(otherProject.status()).isEqualTo(202);
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyAnswersTheSameIntegration() {
    String name = unique("idempotent");
    Map<String, Object> body = body("p1", name, mintExternalId(P1, "p1"));
    Map<String, String> key = Map.of("Idempotency-Key", unique("retry"));

    Api.Response first = api.post(P1, "/v1/storage-integrations", body, key);
    Api.Response retried = api.post(P1, "/v1/storage-integrations", body, key);
    String id = first.text("integrationId");
    awaitDescribe(P1, id, inState("PENDING"));
    Api.Response afterRegistered = api.post(P1, "/v1/storage-integrations", body, key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(retried.status()).isEqualTo(202);
    assertThat(retried.text("integrationId")).isEqualTo(id);
    assertThat(afterRegistered.text("integrationId")).isEqualTo(id);
    List<Map<String, Object>> items =
        api.get(P1, "/v1/storage-integrations?projectId=p1&size=100").at("items");
    assertThat(items).filteredOn(i -> name.equals(i.get("name"))).hasSize(1);
    Api.Response otherKey =
        api.post(
            P1,
            "/v1/storage-integrations",
            body("p1", name, mintExternalId(P1, "p1")),
            Map.of("Idempotency-Key", unique("other")));
    assertThat(otherKey.status()).isEqualTo(409);
  }

  @Test
  void badInputInEachFieldIsReportedByField() {
    String minted = mintExternalId(P1, "p1");
    Map<String, Object> good = body("p1", unique("ok"), minted);
    Map<String, Object[]> cases =
        Map.of(
            "name", new Object[] {"1-starts-with-digit"},
            "description", new Object[] {"x".repeat(300)},
            "access", new Object[] {null},
            "bucket", new Object[] {"UPPER_case"},
            "region", new Object[] {"oss-cn-hangzhou.aliyuncs.com"},
            "roleArn", new Object[] {"acs:ram::123456789012:user/alice"},
            "externalId", new Object[] {"has space"});
    cases.forEach(
        (field, value) -> {
          Map<String, Object> bad = new HashMap<>(good);
          bad.put(field, value[0]);
          Api.Response response = api.post(P1, "/v1/storage-integrations", bad);
          assertThat(response.status()).as(field).isEqualTo(400);
          assertThat(response.fieldErrors()).as(field).hasSize(1);
          assertThat(response.fieldErrors().get(0)).as(field).startsWith(field + ": ");
        });
    // Strictly the two names: no ordinals (1 was READ_WRITE), no other spelling.
    for (Object access : new Object[] {"WRITE_ONLY", 1, 0, "1", "0", 1.0, true, "read_write"}) {
      Map<String, Object> wrongEnum = new HashMap<>(good);
      wrongEnum.put("access", access);
      for (String path : List.of("/v1/storage-integrations", "/v1/storage-integrations/validate")) {
        Api.Response enumProblem = api.post(P1, path, wrongEnum);
        assertThat(enumProblem.status()).as(access + " " + path).isEqualTo(400);
        assertThat(enumProblem.fieldErrors())
            .as(access + " " + path)
            .singleElement()
            .asString()
            .isEqualTo("access: access must be one of [READ_ONLY, READ_WRITE]");
      }
    }
    assertThat(api.post(P1, "/v1/storage-integrations", "not json").status()).isEqualTo(400);
    Map<String, Object> badDryRun = new HashMap<>(good);
    badDryRun.put("bucket", "no");
    Api.Response dryRun = api.post(P1, "/v1/storage-integrations/validate", badDryRun);
    assertThat(dryRun.status()).isEqualTo(400);
    assertThat(dryRun.fieldErrors()).singleElement().asString().startsWith("bucket: ");
  }

  @Test
  void aProjectThisProducerDoesNotServeIsNotFoundEverywhere() {
    String unknown = "no-such-project";
    Map<String, Object> body = body(unknown, unique("nowhere"), "si-ext-" + "x".repeat(40));
    Map<String, Object> materials =
        Map.of(
            "projectId", unknown, "bucket", "b-1", "region", "cn-hangzhou", "access", "READ_ONLY");
    List<Api.Response> answers =
        List.of(
            api.get(OPS, "/v1/storage-integrations?projectId=" + unknown),
            api.post(OPS, "/v1/storage-integrations", body),
            api.post(OPS, "/v1/storage-integrations/validate", body),
            api.post(OPS, "/v1/storage-integrations/authorization-materials", materials),
            api.get(OPS, "/v1/storage-integrations/events?projectId=" + unknown));

    assertThat(answers)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).as(answer.body()).isEqualTo(404);
              assertThat(answer.text("detail")).isEqualTo("project 'no-such-project' is not known");
            });
    // A project the key may not see is refused whether it exists or not (403 before 404).
    assertThat(api.get(P1, "/v1/storage-integrations?projectId=" + unknown).status())
        .isEqualTo(403);
  }

  @Test
  void onlyExternalIdsMintedForTheProjectAreAccepted() {
    String mintedForP2 = mintExternalId(P2, "p2");
    Api.Response foreign =
        api.post(P1, "/v1/storage-integrations", body("p1", unique("foreign"), mintedForP2));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.fieldErrors()).singleElement().asString().startsWith("externalId: ");

    Api.Response madeUp =
        api.post(
            P1,
            "/v1/storage-integrations",
            body("p1", unique("madeup"), "si-ext-madeup-by-customer"));
    assertThat(madeUp.status()).isEqualTo(400);

    String minted = mintExternalId(P1, "p1");
    assertThat(
            api.post(P1, "/v1/storage-integrations", body("p1", unique("first"), minted)).status())
        .isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.post(P1, "/v1/storage-integrations", body("p1", unique("second"), minted))
                    .status(),
            s -> s == 400);
  }

  @Test
  void missingAndWrongApiKeysAreRejected() {
    Api.Response missing = api.get(null, "/v1/storage-integrations?projectId=p1");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.text("title")).isEqualTo("API key missing");
    Api.Response wrong = api.get("nope", "/v1/storage-integrations?projectId=p1");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.text("type")).isEqualTo("urn:storage-integrations:problem:unauthenticated");
    assertThat(api.post(null, "/v1/storage-integrations", body("p1", "x", "y")).status())
        .isEqualTo(401);
  }

  @Test
  void aKeyNeverSeesOrChangesAnotherProjectsIntegrations() {
    String id = create(P1, "p1", unique("private"));

    assertThat(api.get(P2, "/v1/storage-integrations/" + id).status()).isEqualTo(404);
    assertThat(api.post(P2, "/v1/storage-integrations/" + id + "/revalidate", "").status())
        .isEqualTo(404);
    assertThat(api.delete(P2, "/v1/storage-integrations/" + id).status()).isEqualTo(404);
    assertThat(api.get(P2, "/v1/storage-integrations?projectId=p1").status()).isEqualTo(403);
    List<Map<String, Object>> own = api.get(P2, "/v1/storage-integrations").at("items");
    assertThat(own).extracting(i -> i.get("integrationId")).doesNotContain(id);
    assertThat(
            api.post(P2, "/v1/storage-integrations", body("p1", unique("sneaky"), "si-ext-x"))
                .status())
        .isEqualTo(403);
    // the operator sees every project
    assertThat(api.get(OPS, "/v1/storage-integrations/" + id).status()).isEqualTo(200);
    assertThat(api.get(P1, "/v1/storage-integrations/integ-doesnotexist").status()).isEqualTo(404);
  }

  @Test
  void healthShowsTheRegistryAndMetricsCountItsTransitions() {
    create(P1, "p1", unique("metered"));
    Api management = new Api(managementPort);
    Api.Response health = management.get(null, "/actuator/health/registry");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
    Api.Response prometheus = management.get(null, "/actuator/prometheus");
    assertThat(prometheus.body())
        .contains("storage_integrations_registry_events_total{transition=\"upsert\"}");
  }

  @Test
  void openApiIsServed() {
    Api.Response docs = api.get(null, "/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    Map<String, Object> paths = docs.at("paths");
    assertThat(paths)
        .containsKeys(
            "/v1/storage-integrations",
            "/v1/storage-integrations/{integrationId}",
            "/v1/storage-integrations/{integrationId}/revalidate",
            "/v1/storage-integrations/validate",
            "/v1/storage-integrations/validations/{validationId}",
            "/v1/storage-integrations/authorization-materials",
            "/v1/storage-integrations/events");
  }

  private String awaitAnyIntegrationNamed(String name) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              List<Map<String, Object>> items =
                  api.get(P1, "/v1/storage-integrations?projectId=p1&size=100").at("items");
              return items.stream()
                  .filter(i -> name.equals(i.get("name")))
                  .map(i -> (String) i.get("integrationId"))
                  .findFirst()
                  .orElse(null);
            },
            Objects::nonNull);
  }
}
