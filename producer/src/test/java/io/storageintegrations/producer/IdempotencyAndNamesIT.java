package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.producer.ledger.LedgerEntry;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Idempotency-Keys stand for one body, and names left by a create that died are not stuck. */
class IdempotencyAndNamesIT extends ProducerItSupport {

  private static final String PROBLEM = "urn:storage-integrations:problem:";

  @Test
  void ofTwoConcurrentRetriesWithOneKeyAndDifferentBodiesOneSucceedsTheOther422() {
    Map<String, String> key = Map.of("Idempotency-Key", unique("raced-key"));
    String nameA = unique("body-a");
    String nameB = unique("body-b");
    Map<String, Object> bodyA = body("p1", nameA, mintExternalId(P1, "p1"));
    Map<String, Object> bodyB = body("p1", nameB, mintExternalId(P1, "p1"));
    CountDownLatch start = new CountDownLatch(1);

    CompletableFuture<Api.Response> a = race(start, bodyA, key);
    CompletableFuture<Api.Response> b = race(start, bodyB, key);
    start.countDown();

    List<Api.Response> answers = List.of(a.join(), b.join());
    assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(202, 422);
    Api.Response won = answers.stream().filter(r -> r.status() == 202).findFirst().orElseThrow();
    Api.Response lost = answers.stream().filter(r -> r.status() == 422).findFirst().orElseThrow();
    assertThat(lost.text("type")).isEqualTo(PROBLEM + "idempotency-key-reused");
    assertThat(lost.text("detail")).contains(won.text("integrationId"));
    String wonName = won == answers.get(0) ? nameA : nameB;
    String lostName = won == answers.get(0) ? nameB : nameA;
    assertThat(awaitDescribe(P1, won.text("integrationId"), r -> r.status() == 200).text("name"))
        .isEqualTo(wonName);
    // the losing body left nothing behind: its name is free
    Api.Response loserName =
        api.post(P1, "/v1/storage-integrations", body("p1", lostName, mintExternalId(P1, "p1")));
    assertThat(loserName.status()).isEqualTo(202);
  }

  @Test
  void aKeyWhoseIntegrationWasDeletedAnswersAProblemAtOnce() {
    Map<String, String> key = Map.of("Idempotency-Key", unique("spent-key"));
    Map<String, Object> body = body("p1", unique("spent"), mintExternalId(P1, "p1"));
    String id = api.post(P1, "/v1/storage-integrations", body, key).text("integrationId");
    awaitDescribe(P1, id, r -> r.status() == 200);
    assertThat(api.delete(P1, "/v1/storage-integrations/" + id).status()).isEqualTo(202);
    awaitDescribe(P1, id, r -> r.status() == 404);

    long started = System.nanoTime();
    Api.Response reused = api.post(P1, "/v1/storage-integrations?wait=PT5S", body, key);

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.text("type")).isEqualTo(PROBLEM + "idempotency-key-spent");
    assertThat(reused.text("detail")).contains(id);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aNameLeftByACreateThatDiedIsTakenOverAfterTheClaimTimeoutNotBefore() {
    String abandoned = unique("abandoned");
    String recent = unique("recent");
    // what a producer killed between its name claim and its request leaves in the ledger
    appendClaim("p1", abandoned, "integ-diedsixminutesago", Instant.now().minusSeconds(360));
    appendClaim("p1", recent, "integ-diedoneminuteago", Instant.now().minusSeconds(60));

    Api.Response takenOver =
        api.post(P1, "/v1/storage-integrations", body("p1", abandoned, mintExternalId(P1, "p1")));
    Api.Response stillClaimed =
        api.post(P1, "/v1/storage-integrations", body("p1", recent, mintExternalId(P1, "p1")));

    assertThat(takenOver.status()).isEqualTo(202);
    assertThat(
            awaitDescribe(P1, takenOver.text("integrationId"), r -> r.status() == 200).text("name"))
        .isEqualTo(abandoned);
    assertThat(stillClaimed.status()).isEqualTo(409);
  }

  private CompletableFuture<Api.Response> race(
      CountDownLatch start, Map<String, Object> body, Map<String, String> headers) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          return api.post(P1, "/v1/storage-integrations", body, headers);
        });
  }

  private static void appendClaim(String project, String name, String id, Instant at) {
    LedgerEntry claim =
        new LedgerEntry(LedgerEntry.Kind.NAME_CLAIMED, project, name, id, null, at, null);
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      producer.send(
          new ProducerRecord<>(
              ProducerTopics.LEDGER, project, MessageCodec.mapper().writeValueAsBytes(claim)));
    }
  }
}
