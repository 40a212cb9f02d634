package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** ACTIVE integrations are re-validated on their own, so drift turns them INVALID. */
@WithKafkaBroker
class PeriodicRevalidationIT {

  private static final String KEY = "it-key-p1-0123456789abcdefghijklmn";
  private static final Instant VERIFIED = Instant.parse("2026-11-25T08:00:00.123456Z");

  @Test
  void anActiveIntegrationIsRevalidatedPeriodicallyAndDriftIsFound() {
    try (ConfigurableApplicationContext producer =
            StandaloneProducer.start(
                "--storage-integrations.registry.group-id=periodic-" + UUID.randomUUID(),
                "--storage-integrations.registry.revalidation-interval=PT2S",
                "--storage-integrations.registry.revalidation-check-every=PT0.5S");
        WorkerStandIn worker = new WorkerStandIn()) {
      Api api = StandaloneProducer.api(producer);
      String externalId =
          api.post(
                  KEY,
                  "/v1/storage-integrations/authorization-materials",
                  Map.of(
                      "projectId",
                      "p1",
                      "bucket",
                      "b-periodic",
                      "region",
                      "cn-hangzhou",
                      "access",
                      "READ_ONLY"))
              .text("externalId");
      Api.Response created =
          api.post(
              KEY,
              "/v1/storage-integrations",
              Map.of(
                  "projectId", "p1",
                  "name", "periodic-" + UUID.randomUUID().toString().substring(0, 6),
                  "access", "READ_ONLY",
                  "bucket", "b-periodic",
                  "region", "cn-hangzhou",
                  "roleArn", "acs:ram::123456789012:role/r",
                  "externalId", externalId));
      String id = created.text("integrationId");
      String path = "/v1/storage-integrations/" + id;
      await().atMost(Duration.ofSeconds(10)).until(() -> api.get(KEY, path).status() == 200);
      List<CheckResult> checks = new ArrayList<>(WorkerStandIn.passing());
      checks.add(
          new CheckResult(
              Check.EXTERNAL_ID_ENFORCED, CheckStatus.PASS, "OK", "denied", null, 1, 9, VERIFIED));
      worker.validated(id, "p1", 1, requestId(api.get(KEY, path)), RequestKind.CREATE, checks);

      // nobody asks: the scheduler re-validates once the last validation is 2 s old
      Api.Response revalidating =
          await()
              .atMost(Duration.ofSeconds(15))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> api.get(KEY, path), r -> ((Number) r.at("revision")).longValue() == 2);
      assertThat(revalidating.text("state")).isEqualTo("ACTIVE");
      assertThat((Object) revalidating.at("validationInFlight")).isEqualTo(true);
      // on the background lane, with the time the negative AssumeRole last really passed
      ValidationRequested periodic =
          TopicScan.await(
                  Topics.REQUESTS_BACKGROUND, r -> r.key().equals(id), Duration.ofSeconds(10))
              .stream()
              .map(r -> MessageCodec.fromJson(r.value(), ValidationRequested.class))
              .findFirst()
              .orElseThrow();
      assertThat(periodic.kind()).isEqualTo(RequestKind.REVALIDATE);
      assertThat(periodic.externalIdVerifiedAt()).isEqualTo(VERIFIED);

      worker.failed(id, "p1", 2, requestId(revalidating), RequestKind.REVALIDATE);
      Api.Response drifted =
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> api.get(KEY, path), r -> "INVALID".equals(r.text("state")));
      // INVALID integrations are not re-validated on their own (the customer must act)
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> ((Number) api.get(KEY, path).at("revision")).longValue() == 2);
      assertThat(drifted.text("message")).contains("ROLE_ASSUMABLE FAIL");
    }
  }

  private static String requestId(Api.Response describe) {
    List<Map<String, Object>> history = describe.at("history");
    return (String) history.get(history.size() - 1).get("requestId");
  }
}
